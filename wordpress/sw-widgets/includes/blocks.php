<?php
/**
 * A block per element (blocks/<kind>/block.json, generated from custom-elements.json), rendered on the server
 * when the post is shown: the post keeps only the block's comment and its attributes.
 *
 * @package sw-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the blocks. */
function sw_widgets_register_blocks() {
	foreach ( sw_widgets_elements() as $kind => $element ) {
		register_block_type(
			SW_WIDGETS_DIR . '/blocks/' . $kind,
			array(
				'render_callback' => function ( $attributes ) use ( $kind, $element ) {
					// The element's attributes only: className goes to the wrapper.
					return sw_widgets_render( $kind, array_intersect_key( (array) $attributes, $element['attributes'] ), get_block_wrapper_attributes() );
				},
			)
		);
	}
}
add_action( 'init', 'sw_widgets_register_blocks' );
