using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AsksReferralsLeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Asks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Asks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Asks_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferrerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferredContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Referrals_Contacts_ReferredContactId",
                        column: x => x.ReferredContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Referrals_Contacts_ReferrerId",
                        column: x => x.ReferrerId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JobLeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: true),
                    FoundVia = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WasAdvertised = table.Column<bool>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    InterviewerContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatusChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobLeads_Companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobLeads_Contacts_InterviewerContactId",
                        column: x => x.InterviewerContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_JobLeads_Contacts_SourceContactId",
                        column: x => x.SourceContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_JobLeads_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "JobLeadStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobLeadId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    ToStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeadStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobLeadStatusChanges_JobLeads_JobLeadId",
                        column: x => x.JobLeadId,
                        principalTable: "JobLeads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Asks_ContactId",
                table: "Asks",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Asks_OwnerId",
                table: "Asks",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Asks_OwnerId_AskedOn",
                table: "Asks",
                columns: new[] { "OwnerId", "AskedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_JobLeads_CompanyId",
                table: "JobLeads",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_JobLeads_InterviewerContactId",
                table: "JobLeads",
                column: "InterviewerContactId");

            migrationBuilder.CreateIndex(
                name: "IX_JobLeads_OwnerId",
                table: "JobLeads",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_JobLeads_OwnerId_Status",
                table: "JobLeads",
                columns: new[] { "OwnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_JobLeads_ReferralId",
                table: "JobLeads",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_JobLeads_SourceContactId",
                table: "JobLeads",
                column: "SourceContactId");

            migrationBuilder.CreateIndex(
                name: "IX_JobLeadStatusChanges_JobLeadId",
                table: "JobLeadStatusChanges",
                column: "JobLeadId");

            migrationBuilder.CreateIndex(
                name: "IX_JobLeadStatusChanges_OwnerId",
                table: "JobLeadStatusChanges",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_CompanyId",
                table: "Referrals",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OwnerId",
                table: "Referrals",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferredContactId",
                table: "Referrals",
                column: "ReferredContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferrerId",
                table: "Referrals",
                column: "ReferrerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Asks");

            migrationBuilder.DropTable(
                name: "JobLeadStatusChanges");

            migrationBuilder.DropTable(
                name: "JobLeads");

            migrationBuilder.DropTable(
                name: "Referrals");
        }
    }
}
