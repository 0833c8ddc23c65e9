using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JobNetwork.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class I17ContactMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContactMerges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    SurvivorId = table.Column<int>(type: "integer", nullable: false),
                    DuplicateId = table.Column<int>(type: "integer", nullable: false),
                    SurvivorBefore = table.Column<string>(type: "text", nullable: false),
                    SurvivorVersionAfter = table.Column<Guid>(type: "uuid", nullable: false),
                    Moved = table.Column<string>(type: "text", nullable: false),
                    MergedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactMerges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactMerges_BatchId",
                table: "ContactMerges",
                column: "BatchId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContactMerges_OwnerId",
                table: "ContactMerges",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactMerges");
        }
    }
}
