# Build with the .NET 10 SDK, run on the slim ASP.NET runtime as the non-root "app" user (UID 1654).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/JobNetwork.Web/JobNetwork.Web.csproj src/JobNetwork.Web/
RUN dotnet restore src/JobNetwork.Web/JobNetwork.Web.csproj
COPY src/ src/
RUN dotnet publish src/JobNetwork.Web/JobNetwork.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DataDirectory=/data
RUN mkdir -p /data && chown 1654:1654 /data
VOLUME /data
EXPOSE 8080
USER 1654
ENTRYPOINT ["dotnet", "JobNetwork.Web.dll"]
