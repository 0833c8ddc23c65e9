using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class I19CoachRole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[] { "b7c2e9d4-5a13-4c8e-8f27-3e9a0d6b1c02", "coach-role", "Coach", "COACH" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "b7c2e9d4-5a13-4c8e-8f27-3e9a0d6b1c02");
        }
    }
}
