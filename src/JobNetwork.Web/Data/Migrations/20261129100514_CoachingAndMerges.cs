using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoachingAndMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoachAccessEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CoachUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachAccessEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoachGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CoachUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    InviteTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    InviteExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoachNudges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CoachUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CoachLabel = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 280, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoneAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachNudges", x => x.Id);
                });

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
                name: "IX_CoachAccessEntries_OwnerId",
                table: "CoachAccessEntries",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachAccessEntries_OwnerId_AtUtc",
                table: "CoachAccessEntries",
                columns: new[] { "OwnerId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachGrants_CoachUserId",
                table: "CoachGrants",
                column: "CoachUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachGrants_InviteTokenHash",
                table: "CoachGrants",
                column: "InviteTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachGrants_OwnerId",
                table: "CoachGrants",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachNudges_OwnerId",
                table: "CoachNudges",
                column: "OwnerId");

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
                name: "CoachAccessEntries");

            migrationBuilder.DropTable(
                name: "CoachGrants");

            migrationBuilder.DropTable(
                name: "CoachNudges");

            migrationBuilder.DropTable(
                name: "ContactMerges");
        }
    }
}
