using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobNetwork.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PushThankYousSearchesCoachRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CoachSummaryEnabled",
                table: "JobSearchSettings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastCoachSummaryWeek",
                table: "JobSearchSettings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastPushSentOn",
                table: "JobSearchSettings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VapidPrivateKey",
                table: "InstanceSettings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VapidPublicKey",
                table: "InstanceSettings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobSearches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSearches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PushSubscriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Endpoint = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    P256dh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Auth = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Device = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastDeliveredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PushSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThankYous",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<int>(type: "integer", nullable: false),
                    ReferrerId = table.Column<int>(type: "integer", nullable: false),
                    JobLeadId = table.Column<int>(type: "integer", nullable: true),
                    EventKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SnoozedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThankYous", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThankYous_JobLeads_JobLeadId",
                        column: x => x.JobLeadId,
                        principalTable: "JobLeads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ThankYous_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[] { "b7c2e9d4-5a13-4c8e-8f27-3e9a0d6b1c02", "coach-role", "Coach", "COACH" });

            migrationBuilder.CreateIndex(
                name: "IX_JobSearches_OwnerId",
                table: "JobSearches",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_JobSearches_OwnerId_StartsOn",
                table: "JobSearches",
                columns: new[] { "OwnerId", "StartsOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PushSubscriptions_OwnerId",
                table: "PushSubscriptions",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PushSubscriptions_OwnerId_Endpoint",
                table: "PushSubscriptions",
                columns: new[] { "OwnerId", "Endpoint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThankYous_JobLeadId",
                table: "ThankYous",
                column: "JobLeadId");

            migrationBuilder.CreateIndex(
                name: "IX_ThankYous_OwnerId",
                table: "ThankYous",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ThankYous_OwnerId_ReferralId_EventKey",
                table: "ThankYous",
                columns: new[] { "OwnerId", "ReferralId", "EventKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThankYous_OwnerId_Status",
                table: "ThankYous",
                columns: new[] { "OwnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ThankYous_ReferralId",
                table: "ThankYous",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobSearches");

            migrationBuilder.DropTable(
                name: "PushSubscriptions");

            migrationBuilder.DropTable(
                name: "ThankYous");

            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "b7c2e9d4-5a13-4c8e-8f27-3e9a0d6b1c02");

            migrationBuilder.DropColumn(
                name: "CoachSummaryEnabled",
                table: "JobSearchSettings");

            migrationBuilder.DropColumn(
                name: "LastCoachSummaryWeek",
                table: "JobSearchSettings");

            migrationBuilder.DropColumn(
                name: "LastPushSentOn",
                table: "JobSearchSettings");

            migrationBuilder.DropColumn(
                name: "VapidPrivateKey",
                table: "InstanceSettings");

            migrationBuilder.DropColumn(
                name: "VapidPublicKey",
                table: "InstanceSettings");
        }
    }
}
