using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Asks_OwnerId_AskedOn",
                table: "Asks");

            migrationBuilder.CreateIndex(
                name: "IX_ContactCircles_OwnerId_ContactId_IsPrimary_CircleId",
                table: "ContactCircles",
                columns: new[] { "OwnerId", "ContactId", "IsPrimary", "CircleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Asks_OwnerId_AskedOn_ContactId_Outcome",
                table: "Asks",
                columns: new[] { "OwnerId", "AskedOn", "ContactId", "Outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContactCircles_OwnerId_ContactId_IsPrimary_CircleId",
                table: "ContactCircles");

            migrationBuilder.DropIndex(
                name: "IX_Asks_OwnerId_AskedOn_ContactId_Outcome",
                table: "Asks");

            migrationBuilder.CreateIndex(
                name: "IX_Asks_OwnerId_AskedOn",
                table: "Asks",
                columns: new[] { "OwnerId", "AskedOn" });
        }
    }
}
