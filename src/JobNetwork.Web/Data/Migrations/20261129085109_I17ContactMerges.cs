using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class I17ContactMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContactMerges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurvivorId = table.Column<int>(type: "INTEGER", nullable: false),
                    DuplicateId = table.Column<int>(type: "INTEGER", nullable: false),
                    SurvivorBefore = table.Column<string>(type: "TEXT", nullable: false),
                    SurvivorVersionAfter = table.Column<Guid>(type: "TEXT", nullable: false),
                    Moved = table.Column<string>(type: "TEXT", nullable: false),
                    MergedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactMerges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactMerges_BatchId",
                table: "ContactMerges",
                column: "BatchId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContactMerges_OwnerId",
                table: "ContactMerges",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactMerges");
        }
    }
}
