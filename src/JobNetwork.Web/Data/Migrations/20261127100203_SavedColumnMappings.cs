using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SavedColumnMappings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SavedColumnMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HeaderSignature = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MappingJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedColumnMappings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SavedColumnMappings_OwnerId",
                table: "SavedColumnMappings",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_SavedColumnMappings_OwnerId_HeaderSignature",
                table: "SavedColumnMappings",
                columns: new[] { "OwnerId", "HeaderSignature" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SavedColumnMappings");
        }
    }
}
