#!/usr/bin/env bash
# Installs what the tests need on a Debian machine (idempotent) and runs every test of the solution.
# Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"

need=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || need+=(python3-aiosmtpd)
[ -x /usr/bin/chromium ] || need+=(chromium fonts-wqy-zenhei)
command -v npm >/dev/null 2>&1 || need+=(npm)  # axe-core for the browser tests' accessibility checks (installed at build from browser-tools/package-lock.json)  # browser tests (Playwright drives Debian's Chromium; the font renders Chinese in screenshots)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Same answers whatever the server's zone: the suite runs in UTC (CI) and a test re-runs date logic elsewhere.
export TZ="${TZ:-UTC}"
# SQL Server cannot run here: its checks (Persistence/SqlServer: ScriptDom parse, DacFx model) are offline and run with the rest.
dotnet build Enterprise.Eval.sln -c Release -nologo -clp:ErrorsOnly
dotnet test Enterprise.Eval.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" "$@"
