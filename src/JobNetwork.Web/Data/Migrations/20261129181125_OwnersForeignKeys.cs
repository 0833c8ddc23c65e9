using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OwnersForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in OwnerlessRows.DeleteStatements())
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.AddForeignKey(
                name: "FK_ApiTokens_AspNetUsers_OwnerId",
                table: "ApiTokens",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Asks_AspNetUsers_OwnerId",
                table: "Asks",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Circles_AspNetUsers_OwnerId",
                table: "Circles",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CoachAccessEntries_AspNetUsers_OwnerId",
                table: "CoachAccessEntries",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CoachGrants_AspNetUsers_OwnerId",
                table: "CoachGrants",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CoachNudges_AspNetUsers_OwnerId",
                table: "CoachNudges",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Companies_AspNetUsers_OwnerId",
                table: "Companies",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ContactCircles_AspNetUsers_OwnerId",
                table: "ContactCircles",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ContactMerges_AspNetUsers_OwnerId",
                table: "ContactMerges",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Contacts_AspNetUsers_OwnerId",
                table: "Contacts",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ContactTags_AspNetUsers_OwnerId",
                table: "ContactTags",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_DailySuggestions_AspNetUsers_OwnerId",
                table: "DailySuggestions",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobLeads_AspNetUsers_OwnerId",
                table: "JobLeads",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobLeadStatusChanges_AspNetUsers_OwnerId",
                table: "JobLeadStatusChanges",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobSearches_AspNetUsers_OwnerId",
                table: "JobSearches",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobSearchProfiles_AspNetUsers_OwnerId",
                table: "JobSearchProfiles",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobSearchSettings_AspNetUsers_OwnerId",
                table: "JobSearchSettings",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_PushSubscriptions_AspNetUsers_OwnerId",
                table: "PushSubscriptions",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Referrals_AspNetUsers_OwnerId",
                table: "Referrals",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ReferralStatusChanges_AspNetUsers_OwnerId",
                table: "ReferralStatusChanges",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_SavedColumnMappings_AspNetUsers_OwnerId",
                table: "SavedColumnMappings",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ScriptTemplates_AspNetUsers_OwnerId",
                table: "ScriptTemplates",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ThankYous_AspNetUsers_OwnerId",
                table: "ThankYous",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_TrashEntries_AspNetUsers_OwnerId",
                table: "TrashEntries",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ApiTokens_AspNetUsers_OwnerId",
                table: "ApiTokens");

            migrationBuilder.DropForeignKey(
                name: "FK_Asks_AspNetUsers_OwnerId",
                table: "Asks");

            migrationBuilder.DropForeignKey(
                name: "FK_Circles_AspNetUsers_OwnerId",
                table: "Circles");

            migrationBuilder.DropForeignKey(
                name: "FK_CoachAccessEntries_AspNetUsers_OwnerId",
                table: "CoachAccessEntries");

            migrationBuilder.DropForeignKey(
                name: "FK_CoachGrants_AspNetUsers_OwnerId",
                table: "CoachGrants");

            migrationBuilder.DropForeignKey(
                name: "FK_CoachNudges_AspNetUsers_OwnerId",
                table: "CoachNudges");

            migrationBuilder.DropForeignKey(
                name: "FK_Companies_AspNetUsers_OwnerId",
                table: "Companies");

            migrationBuilder.DropForeignKey(
                name: "FK_ContactCircles_AspNetUsers_OwnerId",
                table: "ContactCircles");

            migrationBuilder.DropForeignKey(
                name: "FK_ContactMerges_AspNetUsers_OwnerId",
                table: "ContactMerges");

            migrationBuilder.DropForeignKey(
                name: "FK_Contacts_AspNetUsers_OwnerId",
                table: "Contacts");

            migrationBuilder.DropForeignKey(
                name: "FK_ContactTags_AspNetUsers_OwnerId",
                table: "ContactTags");

            migrationBuilder.DropForeignKey(
                name: "FK_DailySuggestions_AspNetUsers_OwnerId",
                table: "DailySuggestions");

            migrationBuilder.DropForeignKey(
                name: "FK_JobLeads_AspNetUsers_OwnerId",
                table: "JobLeads");

            migrationBuilder.DropForeignKey(
                name: "FK_JobLeadStatusChanges_AspNetUsers_OwnerId",
                table: "JobLeadStatusChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_JobSearches_AspNetUsers_OwnerId",
                table: "JobSearches");

            migrationBuilder.DropForeignKey(
                name: "FK_JobSearchProfiles_AspNetUsers_OwnerId",
                table: "JobSearchProfiles");

            migrationBuilder.DropForeignKey(
                name: "FK_JobSearchSettings_AspNetUsers_OwnerId",
                table: "JobSearchSettings");

            migrationBuilder.DropForeignKey(
                name: "FK_PushSubscriptions_AspNetUsers_OwnerId",
                table: "PushSubscriptions");

            migrationBuilder.DropForeignKey(
                name: "FK_Referrals_AspNetUsers_OwnerId",
                table: "Referrals");

            migrationBuilder.DropForeignKey(
                name: "FK_ReferralStatusChanges_AspNetUsers_OwnerId",
                table: "ReferralStatusChanges");

            migrationBuilder.DropForeignKey(
                name: "FK_SavedColumnMappings_AspNetUsers_OwnerId",
                table: "SavedColumnMappings");

            migrationBuilder.DropForeignKey(
                name: "FK_ScriptTemplates_AspNetUsers_OwnerId",
                table: "ScriptTemplates");

            migrationBuilder.DropForeignKey(
                name: "FK_ThankYous_AspNetUsers_OwnerId",
                table: "ThankYous");

            migrationBuilder.DropForeignKey(
                name: "FK_TrashEntries_AspNetUsers_OwnerId",
                table: "TrashEntries");
        }
    }
}
