<?php
/**
 * Deletes the plugin as Plugins → Delete does (its uninstall.php runs), after saving its settings, and prints
 * which of its options are left (JSON). For the end-to-end test; scripts/wordpress/site.sh start installs it again.
 *
 * Usage: HTTP_HOST=127.0.0.1:8881 php scripts/wordpress/delete-plugin.php
 *
 * @package sw-widgets
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

$options = array( 'sw_widgets_script_base', 'sw_widgets_report_src', 'sw_widgets_script_integrity' );
wp_set_current_user( 1 );
update_option( 'sw_widgets_script_base', 'https://static.example.org/sw/' );
update_option( 'sw_widgets_report_src', 'https://static.example.org/sw/report.json' );
update_option( 'sw_widgets_script_integrity', 'sha384-x' );
$before = array();
foreach ( $options as $option ) {
	$before[ $option ] = get_option( $option );
}
deactivate_plugins( 'sw-widgets/sw-widgets.php', true );
$deleted = delete_plugins( array( 'sw-widgets/sw-widgets.php' ) );
wp_cache_flush();
$after = array();
foreach ( $options as $option ) {
	$after[ $option ] = get_option( $option );
}
echo wp_json_encode(
	array(
		'deleted' => true === $deleted,
		'folder'  => is_dir( WP_PLUGIN_DIR . '/sw-widgets' ),
		'before'  => $before,
		'after'   => $after,
	)
);
