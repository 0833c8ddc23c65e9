using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class I17Trash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "JobLeads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "JobLeads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastTrashPurgeOn",
                table: "InstanceSettings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "DailySuggestions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "DailySuggestions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "ContactTags",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "ContactTags",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "Contacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "Contacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "ContactCircles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "ContactCircles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "Companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "Companies",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "Circles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "Circles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "Asks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "Asks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrashEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    TrashedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrashEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrashEntries_BatchId",
                table: "TrashEntries",
                column: "BatchId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrashEntries_OwnerId",
                table: "TrashEntries",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_TrashEntries_TrashedAtUtc",
                table: "TrashEntries",
                column: "TrashedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrashEntries");

            migrationBuilder.DropColumn(
                name: "TrashBatchId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "TrashedAtUtc",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "TrashBatchId",
                table: "JobLeads");

            migrationBuilder.DropColumn(
                name: "TrashedAtUtc",
                table: "JobLeads");

            migrationBuilder.DropColumn(
                name: "LastTrashPurgeOn",
                table: "InstanceSettings");

            migrationBuilder.DropColumn(
                name: "TrashBatchId",
                table: "DailySuggestions");

            migrationBuilder.DropColumn(
                name: "TrashedAtUtc",
                table: "DailySuggestions");

            migrationBuilder.DropColumn(
                name: "TrashBatchId",
                table: "ContactTags");

            migrationBuilder.DropColumn(
                name: "TrashedAtUtc",
                table: "ContactTags");

            migrationBuilder.DropColumn(
                name: "TrashBatchId",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "TrashedAtUtc",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "TrashBatchId",
                table: "ContactCircles");

            migrationBuilder.DropColumn(
                name: "TrashedAtUtc",
                table: "ContactCircles");

            migrationBuilder.DropColumn(
                name: "TrashBatchId",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "TrashedAtUtc",
                table: "Companies");

            migrationBuilder.DropColumn(
                name: "TrashBatchId",
                table: "Circles");

            migrationBuilder.DropColumn(
                name: "TrashedAtUtc",
                table: "Circles");

            migrationBuilder.DropColumn(
                name: "TrashBatchId",
                table: "Asks");

            migrationBuilder.DropColumn(
                name: "TrashedAtUtc",
                table: "Asks");
        }
    }
}
