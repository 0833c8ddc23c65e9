using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LeadAdvertising : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Old "yes" (true) becomes Advertised (1); old "no" only meant "not ticked" and becomes NotSure (0), decision 0031.
            migrationBuilder.RenameColumn(
                name: "WasAdvertised",
                table: "JobLeads",
                newName: "Advertising");
            migrationBuilder.Sql("""ALTER TABLE "JobLeads" ALTER COLUMN "Advertising" TYPE integer USING CASE WHEN "Advertising" THEN 1 ELSE 0 END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "JobLeads" ALTER COLUMN "Advertising" TYPE boolean USING "Advertising" = 1;""");
            migrationBuilder.RenameColumn(
                name: "Advertising",
                table: "JobLeads",
                newName: "WasAdvertised");
        }
    }
}
