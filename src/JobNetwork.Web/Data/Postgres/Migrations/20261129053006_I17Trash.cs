using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobNetwork.Web.Data.Postgres.Migrations
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "Referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "JobLeads",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "JobLeads",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastTrashPurgeOn",
                table: "InstanceSettings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "DailySuggestions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "DailySuggestions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "ContactTags",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "ContactTags",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "Contacts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "Contacts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "ContactCircles",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "ContactCircles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "Companies",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "Companies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "Circles",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "Circles",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TrashBatchId",
                table: "Asks",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TrashedAtUtc",
                table: "Asks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrashEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: true),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    TrashedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
