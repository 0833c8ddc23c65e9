using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class I18CallScripts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobSearchProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RolesSought = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Industries = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Locations = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Pitch = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSearchProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScriptTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScriptTemplates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobSearchProfiles_OwnerId",
                table: "JobSearchProfiles",
                column: "OwnerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScriptTemplates_OwnerId",
                table: "ScriptTemplates",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ScriptTemplates_OwnerId_Situation",
                table: "ScriptTemplates",
                columns: new[] { "OwnerId", "Situation" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobSearchProfiles");

            migrationBuilder.DropTable(
                name: "ScriptTemplates");
        }
    }
}
