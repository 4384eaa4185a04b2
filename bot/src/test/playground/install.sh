#!/bin/sh
# Installs the Microsoft 365 Agents Playground for PlaygroundTest with npm ci, exactly as package-lock.json pins it.
# Maven runs it in bot/target/playground after copying package.json and package-lock.json there, so the source tree
# stays clean. It does nothing when node_modules was installed from this same lock file.
set -e
if ! command -v npm >/dev/null 2>&1; then
  echo "ERROR: the Teams end-to-end test (PlaygroundTest) needs Node.js and npm (tested with Node 20) to install the" >&2
  echo "Microsoft 365 Agents Playground, but npm is not on the PATH. Install them (Debian: sudo apt-get install -y nodejs npm)," >&2
  echo "or build with -DskipTests." >&2
  exit 1
fi
if cmp -s package-lock.json node_modules/.installed-from-lock.json; then
  echo "Agents Playground already installed in $(pwd)"
  exit 0
fi
npm ci --prefer-offline --no-audit --no-fund
cp package-lock.json node_modules/.installed-from-lock.json
