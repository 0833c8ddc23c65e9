using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobNetwork.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NetworkCorrectionsScriptsApi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DailySuggestions_OwnerId_Day",
                table: "DailySuggestions");

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
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastUsedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobSearchProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RolesSought = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Industries = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Locations = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Pitch = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSearchProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferralStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<int>(type: "integer", nullable: false),
                    FromStatus = table.Column<int>(type: "integer", nullable: true),
                    ToStatus = table.Column<int>(type: "integer", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralStatusChanges_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScriptTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Situation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScriptTemplates", x => x.Id);
                });

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

            // Two first reads of one day could each store a list before the unique index existed: keep the first.
            migrationBuilder.Sql(
                "DELETE FROM \"DailySuggestions\" WHERE \"Id\" NOT IN " +
                "(SELECT MIN(\"Id\") FROM \"DailySuggestions\" GROUP BY \"OwnerId\", \"Day\", \"Position\")");

            migrationBuilder.CreateIndex(
                name: "IX_DailySuggestions_OwnerId_Day_Position",
                table: "DailySuggestions",
                columns: new[] { "OwnerId", "Day", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_OwnerId",
                table: "ApiTokens",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_SecretHash",
                table: "ApiTokens",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobSearchProfiles_OwnerId",
                table: "JobSearchProfiles",
                column: "OwnerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralStatusChanges_OwnerId",
                table: "ReferralStatusChanges",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralStatusChanges_ReferralId",
                table: "ReferralStatusChanges",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_ScriptTemplates_OwnerId",
                table: "ScriptTemplates",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ScriptTemplates_OwnerId_Situation",
                table: "ScriptTemplates",
                columns: new[] { "OwnerId", "Situation" },
                unique: true);

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
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "JobSearchProfiles");

            migrationBuilder.DropTable(
                name: "ReferralStatusChanges");

            migrationBuilder.DropTable(
                name: "ScriptTemplates");

            migrationBuilder.DropTable(
                name: "TrashEntries");

            migrationBuilder.DropIndex(
                name: "IX_DailySuggestions_OwnerId_Day_Position",
                table: "DailySuggestions");

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

            migrationBuilder.CreateIndex(
                name: "IX_DailySuggestions_OwnerId_Day",
                table: "DailySuggestions",
                columns: new[] { "OwnerId", "Day" });
        }
    }
}
