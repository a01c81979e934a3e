<?php
/**
 * The shortcode for the classic editor: `[sw-widget el="stat-card" metric="chaozhou-volunteers"]`, with any
 * attribute of the element (`el` is stat-card, region-map or story-list; sw-stat-card works too). A boolean
 * attribute may be written alone (`tools`) or as tools="true" / story-link="false".
 *
 * @package sw-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The [sw-widget] shortcode's HTML.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function sw_widgets_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	$kind = isset( $atts['el'] ) ? (string) preg_replace( '/^sw-/', '', strtolower( trim( (string) $atts['el'] ) ) ) : '';
	unset( $atts['el'] );
	if ( '' === $kind ) {
		/* translators: %s: the widgets' names. */
		return sw_widgets_error_html( sprintf( __( 'The [sw-widget] shortcode needs el="…" (one of %s).', 'sw-widgets' ), implode( ', ', array_keys( sw_widgets_elements() ) ) ) );
	}
	return sw_widgets_render( $kind, $atts );
}
add_shortcode( 'sw-widget', 'sw_widgets_shortcode' );
