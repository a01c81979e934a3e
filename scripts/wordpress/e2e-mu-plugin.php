<?php
/**
 * Plugin Name: sw-widgets end-to-end test
 * Description: Lets this local WordPress fetch oEmbed answers from this computer. WordPress fetches only public
 * addresses on ports 80, 443 and 8080; the test's provider is http://localhost on another port.
 * Copied into mu-plugins by scripts/wordpress/site.sh: never part of the plugin.
 *
 * @package sw-widgets
 */

add_filter(
	'http_request_host_is_external',
	function ( $external, $host ) {
		return $external || 'localhost' === $host || '127.0.0.1' === $host;
	},
	10,
	2
);

add_filter(
	'http_allowed_safe_ports',
	function ( $ports ) {
		$ports[] = (int) ( getenv( 'SW_WP_PROVIDER_PORT' ) ? getenv( 'SW_WP_PROVIDER_PORT' ) : 8882 );
		return $ports;
	}
);
