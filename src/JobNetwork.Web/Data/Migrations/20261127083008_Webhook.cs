using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobNetwork.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Webhook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastWebhookError",
                table: "JobSearchSettings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastWebhookSentOn",
                table: "JobSearchSettings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebhookUrl",
                table: "JobSearchSettings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastWebhookError",
                table: "JobSearchSettings");

            migrationBuilder.DropColumn(
                name: "LastWebhookSentOn",
                table: "JobSearchSettings");

            migrationBuilder.DropColumn(
                name: "WebhookUrl",
                table: "JobSearchSettings");
        }
    }
}
