using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DailySuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailySuggestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SuggestedChannel = table.Column<int>(type: "INTEGER", nullable: false),
                    WhatToAsk = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailySuggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DailySuggestions_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailySuggestions_ContactId",
                table: "DailySuggestions",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_DailySuggestions_OwnerId",
                table: "DailySuggestions",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_DailySuggestions_OwnerId_Day",
                table: "DailySuggestions",
                columns: new[] { "OwnerId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailySuggestions");
        }
    }
}
