<?php
/**
 * Removes the plugin's settings when an administrator deletes it (Plugins → Delete). The widgets in posts stay
 * as their shortcode or block comment, which show nothing once the plugin is gone.
 *
 * @package sw-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$sw_widgets_options = array( 'sw_widgets_script_base', 'sw_widgets_report_src', 'sw_widgets_script_integrity' );

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $sw_widgets_site ) {
		switch_to_blog( $sw_widgets_site );
		foreach ( $sw_widgets_options as $sw_widgets_option ) {
			delete_option( $sw_widgets_option );
		}
		restore_current_blog();
	}
} else {
	foreach ( $sw_widgets_options as $sw_widgets_option ) {
		delete_option( $sw_widgets_option );
	}
}
