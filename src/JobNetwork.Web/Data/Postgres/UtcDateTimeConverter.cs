using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JobNetwork.Web.Data.Postgres;

/// <summary>Marks stored and loaded DateTimes as UTC without shifting them.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
