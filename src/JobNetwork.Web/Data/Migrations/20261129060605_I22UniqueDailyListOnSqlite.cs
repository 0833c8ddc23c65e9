using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class I22UniqueDailyListOnSqlite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DailySuggestions_OwnerId_Day",
                table: "DailySuggestions");

            migrationBuilder.CreateIndex(
                name: "IX_DailySuggestions_OwnerId_Day_Position",
                table: "DailySuggestions",
                columns: new[] { "OwnerId", "Day", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DailySuggestions_OwnerId_Day_Position",
                table: "DailySuggestions");

            migrationBuilder.CreateIndex(
                name: "IX_DailySuggestions_OwnerId_Day",
                table: "DailySuggestions",
                columns: new[] { "OwnerId", "Day" });
        }
    }
}
