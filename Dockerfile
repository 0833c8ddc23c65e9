# syntax=docker/dockerfile:1
# JobNetwork: built with the .NET 10 SDK, run on the slim ASP.NET runtime as the non-root "app" user (UID 1654).
# Build: docker build -t jobnetwork .      Run: docker compose up -d   (see docker-compose.yml and the README)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Restore first, from the project files only, so a code change does not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/JobNetwork.Web/JobNetwork.Web.csproj src/JobNetwork.Web/
RUN dotnet restore src/JobNetwork.Web/JobNetwork.Web.csproj
COPY src/ src/
RUN dotnet publish src/JobNetwork.Web/JobNetwork.Web.csproj -c Release -o /app --no-restore /p:UseAppHost=false

# Ubuntu 24.04 (noble) ASP.NET runtime: slim, with the "app" user (UID 1654) already defined.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS runtime
WORKDIR /app
COPY --from=build /app ./
# Everything persistent lives in /data: jobnetwork.db, keys/ (the sign-in key ring) and backups/.
# Created owned by "app", so a fresh named volume starts out writable by it.
RUN mkdir -p /data && chown 1654:1654 /data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    JOBNETWORK_DATA=/data \
    DOTNET_NOLOGO=1
VOLUME /data
EXPOSE 8080
# No curl or wget in the runtime image: the app checks its own /healthz.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "/app/JobNetwork.Web.dll", "--healthcheck"]
USER 1654
ENTRYPOINT ["dotnet", "JobNetwork.Web.dll"]
