#!/usr/bin/env bash
# A local WordPress for the plugin's end-to-end test and for trying the plugin: Debian's `wordpress` package
# (6.1) with MariaDB and PHP's built-in server, installed without a browser, with the plugin installed from
# its zip (npm run wordpress:zip) and activated. Idempotent; run as root (it installs Debian packages that
# are missing, writes /etc/wordpress/config-127.0.0.1.php and starts MariaDB).
#   scripts/wordpress/site.sh start [plugin.zip]   → http://127.0.0.1:$SW_WP_PORT (default 8881); prints the
#                                                    state file (addresses, users, application passwords)
#   scripts/wordpress/site.sh stop                 stops the PHP server, and MariaDB if this script started it
# The users: admin (administrator), author, contributor; passwords in the state file.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
PORT="${SW_WP_PORT:-8881}"
STATE="${SW_WP_STATE:-/tmp/sw-wordpress}"
HOST=127.0.0.1
URL="http://$HOST:$PORT"
ZIP="${2:-$ROOT/wordpress/build/sw-widgets.zip}"
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql)

log() { echo "wordpress-site: $*" >&2; }

missing_packages() {
  local missing=()
  [[ -f /usr/share/wordpress/wp-settings.php ]] || missing+=(wordpress)
  [[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ]] || missing+=(wordpress-theme-twentytwentythree)
  command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
  command -v php >/dev/null 2>&1 || missing+=(php-cli)
  command -v php >/dev/null 2>&1 && ! php -r 'exit(function_exists("mysqli_connect") ? 0 : 1);' && missing+=(php-mysql)
  echo "${missing[@]}"
}

start() {
  mkdir -p "$STATE"
  read -r -a missing <<<"$(missing_packages)"
  if ((${#missing[@]})); then
    if [[ $EUID -ne 0 ]]; then
      log "missing Debian packages: ${missing[*]} (as root: apt-get install -y --no-install-recommends ${PACKAGES[*]})"
      exit 3
    fi
    log "installing from Debian: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  [[ -f "$ZIP" ]] || { log "no plugin zip at $ZIP: run npm run wordpress:zip"; exit 3; }

  # MariaDB: started here unless it already answers.
  if ! mariadb-admin ping --silent >/dev/null 2>&1; then
    log "starting MariaDB"
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
    [[ -d /var/lib/mysql/mysql ]] || mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
    # --tmpdir: the server runs as mysql, which may not write to the caller's TMPDIR (CI sets its own).
    setsid mariadbd --user=mysql --datadir=/var/lib/mysql --tmpdir=/tmp --socket=/run/mysqld/mysqld.sock --pid-file=/run/mysqld/mysqld.pid >"$STATE/mariadb.log" 2>&1 < /dev/null &
    for _ in $(seq 1 120); do mariadb-admin ping --silent >/dev/null 2>&1 && break; sleep 0.5; done
    mariadb-admin ping --silent >/dev/null 2>&1 || { log "MariaDB did not start: $(tail -5 "$STATE/mariadb.log")"; exit 1; }
    touch "$STATE/mariadb.started-here"
  fi
  mariadb -e "CREATE DATABASE IF NOT EXISTS sw_widgets_e2e CHARACTER SET utf8mb4;
    CREATE USER IF NOT EXISTS 'sw_widgets_e2e'@'localhost' IDENTIFIED BY 'sw-widgets-e2e';
    GRANT ALL PRIVILEGES ON sw_widgets_e2e.* TO 'sw_widgets_e2e'@'localhost';"

  # Debian's wp-config.php reads /etc/wordpress/config-<host>.php.
  cat >"/etc/wordpress/config-$HOST.php" <<PHP
<?php
// Written by sw-widgets' scripts/wordpress/site.sh: a local WordPress for testing the plugin.
define( 'DB_NAME', 'sw_widgets_e2e' );
define( 'DB_USER', 'sw_widgets_e2e' );
define( 'DB_PASSWORD', 'sw-widgets-e2e' );
define( 'DB_HOST', 'localhost' );
define( 'WP_HOME', '$URL' );
define( 'WP_SITEURL', '$URL' );
define( 'WP_CONTENT_DIR', '/var/lib/wordpress/wp-content' );
// A newsroom in mainland China: the site, and the widgets (which follow the page's lang), in Simplified Chinese.
// (As a constant: the option accepts only languages whose WordPress translations are installed.)
define( 'WPLANG', 'zh_CN' );
// Application passwords over http on this computer.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'FS_METHOD', 'direct' );
// No internet: no update checks, no cron requests; only this computer is reached.
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$STATE/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as \$sw_key ) {
	define( \$sw_key, 'sw-widgets-e2e-' . \$sw_key );
}
PHP

  # The web root: Debian's WordPress with wp-content from /var/lib/wordpress, as its Apache alias does.
  rm -rf "$STATE/docroot" && mkdir -p "$STATE/docroot"
  for entry in /usr/share/wordpress/*; do
    [[ "$(basename "$entry")" == wp-content ]] || ln -s "$entry" "$STATE/docroot/"
  done
  ln -s /var/lib/wordpress/wp-content "$STATE/docroot/wp-content"

  # Install (once), users, the plugin from its zip, the test's must-use plugin.
  mkdir -p /var/lib/wordpress/wp-content/mu-plugins
  cp scripts/wordpress/e2e-mu-plugin.php /var/lib/wordpress/wp-content/mu-plugins/sw-widgets-e2e.php
  HTTP_HOST="$HOST:$PORT" php scripts/wordpress/setup.php "$ZIP" "$STATE/state.json" "$URL"

  # PHP's built-in server, several workers (the browser asks for many files at once).
  if ! curl_ok "$URL/wp-login.php"; then
    log "starting PHP's server on $URL"
    PHP_CLI_SERVER_WORKERS=4 setsid php -S "$HOST:$PORT" -t "$STATE/docroot" >"$STATE/php-server.log" 2>&1 < /dev/null &
    echo $! >"$STATE/php-server.pid"
    for _ in $(seq 1 60); do curl_ok "$URL/wp-login.php" && break; sleep 0.5; done
    curl_ok "$URL/wp-login.php" || { log "PHP's server did not answer: $(tail -5 "$STATE/php-server.log")"; exit 1; }
  fi
  echo "$STATE/state.json"
}

# An HTTP 200 from the address (PHP, as curl may not be installed).
curl_ok() {
  php -r '$c = @file_get_contents($argv[1], false, stream_context_create(["http" => ["timeout" => 5, "ignore_errors" => true]])); exit(isset($http_response_header[0]) && strpos($http_response_header[0], " 200") !== false ? 0 : 1);' "$1"
}

stop() {
  if [[ -f "$STATE/php-server.pid" ]]; then
    kill -- "-$(cat "$STATE/php-server.pid")" 2>/dev/null || kill "$(cat "$STATE/php-server.pid")" 2>/dev/null || true
    rm -f "$STATE/php-server.pid"
  fi
  if [[ -f "$STATE/mariadb.started-here" && -f /run/mysqld/mysqld.pid ]]; then
    kill "$(cat /run/mysqld/mysqld.pid)" 2>/dev/null || true
    rm -f "$STATE/mariadb.started-here"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: scripts/wordpress/site.sh start [plugin.zip] | stop" >&2; exit 2 ;;
esac
