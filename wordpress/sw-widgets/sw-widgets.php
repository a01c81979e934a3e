<?php
/**
 * Plugin Name:       sw-widgets
 * Description:       Stat cards, a map of China's provincial-level divisions and a story list from a social-work news report, as blocks and a shortcode that authors and contributors can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            sw-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       sw-widgets
 * Domain Path:       /languages
 *
 * The widgets are rendered on the server when a post is shown (a dynamic block, a shortcode), so what an author
 * saves is only the block's comment or the shortcode: WordPress's kses filter, which strips scripts, unknown tags
 * and iframes from the posts of authors and contributors, never sees the tags.
 *
 * @package sw-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SW_WIDGETS_VERSION', '0.1.0' );
define( 'SW_WIDGETS_FILE', __FILE__ );
define( 'SW_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/blocks.php';

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'sw-widgets', false, dirname( plugin_basename( SW_WIDGETS_FILE ) ) . '/languages' );
	},
	1
);
