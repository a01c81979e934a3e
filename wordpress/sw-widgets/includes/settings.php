<?php
/**
 * The script, its SRI hash, and the settings page (Settings → sw-widgets, administrators only) for the address
 * of the script's folder and of the report. By default the plugin's own copy of cdn/ and the report bundled in
 * it: nothing outside the site is needed.
 *
 * @package sw-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The capability that may change the settings. */
const SW_WIDGETS_CAPABILITY = 'manage_options';

/**
 * The folder the script is loaded from: the administrator's address, or the plugin's own copy of cdn/.
 *
 * @return string A URL ending in a slash.
 */
function sw_widgets_script_base() {
	$base = (string) get_option( 'sw_widgets_script_base', '' );
	return '' !== $base ? trailingslashit( $base ) : plugins_url( 'cdn/', SW_WIDGETS_FILE );
}

/**
 * The report the widgets show: the administrator's address, or '' for the report bundled in the script.
 *
 * @return string
 */
function sw_widgets_report_src() {
	return (string) get_option( 'sw_widgets_report_src', '' );
}

/**
 * The script's SRI hash where it is known: from the plugin's own cdn/manifest.json, or from the manifest.json
 * found beside the administrator's address when the settings were saved ('' when there was none).
 *
 * @return string
 */
function sw_widgets_script_integrity() {
	if ( '' !== (string) get_option( 'sw_widgets_script_base', '' ) ) {
		return (string) get_option( 'sw_widgets_script_integrity', '' );
	}
	static $own = null;
	if ( null === $own ) {
		$file = SW_WIDGETS_DIR . '/cdn/manifest.json';
		$own  = is_readable( $file ) ? sw_widgets_manifest_integrity( (string) file_get_contents( $file ) ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	}
	return $own;
}

/**
 * The SRI hash of sw-widgets.iife.js in the text of a manifest.json (written by `npm run build` and by
 * `sw-widgets bundle`), or ''.
 *
 * @param string $json The manifest's text.
 * @return string
 */
function sw_widgets_manifest_integrity( $json ) {
	$manifest  = json_decode( (string) $json, true );
	$integrity = isset( $manifest['files']['sw-widgets.iife.js']['integrity'] ) ? $manifest['files']['sw-widgets.iife.js']['integrity'] : '';
	return is_string( $integrity ) && preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/]+={0,2}$/', $integrity ) ? $integrity : '';
}

/**
 * The widgets' language for a WordPress locale or a BCP 47 tag, as the elements read a `lang` attribute:
 * zh-Hant for Traditional Chinese (zh_TW, zh_HK, zh-Hant…), zh-Hans for other Chinese, en for any other language.
 *
 * @param string $tag A locale (zh_CN) or language tag (zh-Hant).
 * @return string zh-Hans, zh-Hant, en, or '' for an empty tag.
 */
function sw_widgets_language( $tag ) {
	$clean = strtolower( str_replace( '_', '-', trim( (string) $tag ) ) );
	if ( '' === $clean ) {
		return '';
	}
	$parts = explode( '-', $clean );
	if ( 'zh' !== $parts[0] ) {
		return 'en';
	}
	$rest = array_slice( $parts, 1 );
	if ( in_array( 'hant', $rest, true ) ) {
		return 'zh-Hant';
	}
	if ( in_array( 'hans', $rest, true ) ) {
		return 'zh-Hans';
	}
	return array_intersect( array( 'hk', 'tw', 'mo' ), $rest ) ? 'zh-Hant' : 'zh-Hans';
}

/**
 * Registers the element script (enqueued only where a widget is shown), the block editor's script and style,
 * and the editor script's translations.
 */
function sw_widgets_register_scripts() {
	$own = '' === (string) get_option( 'sw_widgets_script_base', '' );
	wp_register_script( 'sw-widgets', sw_widgets_script_base() . 'sw-widgets.iife.js', array(), $own ? SW_WIDGETS_VERSION : null, true );
	wp_register_script( 'sw-widgets-editor', plugins_url( 'blocks/editor.js', SW_WIDGETS_FILE ), array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'sw-widgets' ), SW_WIDGETS_VERSION, false );
	wp_register_style( 'sw-widgets-editor', plugins_url( 'blocks/editor.css', SW_WIDGETS_FILE ), array(), SW_WIDGETS_VERSION );
	wp_set_script_translations( 'sw-widgets-editor', 'sw-widgets', SW_WIDGETS_DIR . '/languages' );
	$editor = array(
		'reportSrc' => sw_widgets_report_src(),
		'language'  => sw_widgets_language( get_user_locale() ),
	);
	wp_add_inline_script( 'sw-widgets-editor', 'window.swWidgetsEditor = ' . wp_json_encode( $editor ) . ';', 'before' );
}
add_action( 'init', 'sw_widgets_register_scripts', 5 );

/**
 * Adds the SRI hash to the element script's tag where it is known: the browser then refuses a script that
 * differs by one byte from the one the manifest names.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function sw_widgets_script_tag( $tag, $handle ) {
	if ( 'sw-widgets' !== $handle ) {
		return $tag;
	}
	$integrity = sw_widgets_script_integrity();
	if ( '' === $integrity ) {
		return $tag;
	}
	return (string) preg_replace( '/<script\b(?=[^>]*\ssrc=)/', '<script integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'sw_widgets_script_tag', 10, 2 );

/**
 * An http(s) address as typed in the settings: '' for an empty field, false for anything else.
 *
 * @param mixed $value The field's value.
 * @return string|false
 */
function sw_widgets_http_url( $value ) {
	$value = trim( sanitize_text_field( (string) $value ) );
	if ( '' === $value ) {
		return '';
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	return ( '' !== $url && preg_match( '#^https?://[^/\s]+#i', $url ) ) ? $url : false;
}

/** Adds Settings → sw-widgets for administrators. */
function sw_widgets_settings_menu() {
	add_options_page( __( 'sw-widgets settings', 'sw-widgets' ), 'sw-widgets', SW_WIDGETS_CAPABILITY, 'sw-widgets', 'sw_widgets_settings_page' );
}
add_action( 'admin_menu', 'sw_widgets_settings_menu' );

/** The settings page. */
function sw_widgets_settings_page() {
	if ( ! current_user_can( SW_WIDGETS_CAPABILITY ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change these settings.', 'sw-widgets' ), '', array( 'response' => 403 ) );
	}
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only which notice to show after saving.
	$status    = isset( $_GET['sw-widgets-saved'] ) ? sanitize_key( wp_unslash( $_GET['sw-widgets-saved'] ) ) : '';
	$notices   = array(
		'own'          => array( 'success', __( 'Settings saved. The widgets load the plugin’s own copy of the script, with its SRI hash.', 'sw-widgets' ) ),
		'integrity'    => array( 'success', __( 'Settings saved. The script’s SRI hash was read from the manifest.json beside it.', 'sw-widgets' ) ),
		'no-integrity' => array( 'warning', __( 'Settings saved. No manifest.json with the script’s hash was found beside this address: the script is loaded without SRI.', 'sw-widgets' ) ),
		'invalid'      => array( 'error', __( 'Not saved: an address must start with http:// or https://.', 'sw-widgets' ) ),
	);
	$integrity = sw_widgets_script_integrity();
	?>
	<div class="wrap">
		<h1><?php echo esc_html__( 'sw-widgets settings', 'sw-widgets' ); ?></h1>
		<?php if ( isset( $notices[ $status ] ) ) : ?>
			<div class="notice notice-<?php echo esc_attr( $notices[ $status ][0] ); ?>"><p><?php echo esc_html( $notices[ $status ][1] ); ?></p></div>
		<?php endif; ?>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
			<input type="hidden" name="action" value="sw_widgets_save">
			<?php wp_nonce_field( 'sw_widgets_save' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="sw-widgets-script-base"><?php echo esc_html__( 'Script address (the cdn/ folder)', 'sw-widgets' ); ?></label></th>
					<td>
						<input type="url" class="large-text code" id="sw-widgets-script-base" name="sw_widgets_script_base" value="<?php echo esc_attr( (string) get_option( 'sw_widgets_script_base', '' ) ); ?>" placeholder="<?php echo esc_attr( plugins_url( 'cdn/', SW_WIDGETS_FILE ) ); ?>">
						<p class="description"><?php echo esc_html__( 'Leave empty to use the plugin’s own copy: nothing outside this site is needed. Otherwise the folder that holds sw-widgets.iife.js, such as one written by sw-widgets bundle; the manifest.json in it gives the script’s SRI hash.', 'sw-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="sw-widgets-report-src"><?php echo esc_html__( 'Report address (JSON)', 'sw-widgets' ); ?></label></th>
					<td>
						<input type="url" class="large-text code" id="sw-widgets-report-src" name="sw_widgets_report_src" value="<?php echo esc_attr( sw_widgets_report_src() ); ?>">
						<p class="description"><?php echo esc_html__( 'Leave empty for the report bundled in the script. Another report must be reachable from readers’ browsers (on this site, or on a server that allows it with CORS).', 'sw-widgets' ); ?></p>
					</td>
				</tr>
			</table>
			<p>
				<?php
				/* translators: %s: the address of the script. */
				echo esc_html( sprintf( __( 'Script in use: %s', 'sw-widgets' ), sw_widgets_script_base() . 'sw-widgets.iife.js' ) );
				echo ' · ';
				echo esc_html( '' !== $integrity ? __( 'SRI: yes', 'sw-widgets' ) : __( 'SRI: no', 'sw-widgets' ) );
				?>
			</p>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}

/** Saves the settings: administrators only, with the form's nonce. */
function sw_widgets_save_settings() {
	if ( ! current_user_can( SW_WIDGETS_CAPABILITY ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change these settings.', 'sw-widgets' ), '', array( 'response' => 403 ) );
	}
	check_admin_referer( 'sw_widgets_save' );
	$page   = admin_url( 'options-general.php?page=sw-widgets' );
	$base   = sw_widgets_http_url( isset( $_POST['sw_widgets_script_base'] ) ? wp_unslash( $_POST['sw_widgets_script_base'] ) : '' ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- sanitized by sw_widgets_http_url.
	$report = sw_widgets_http_url( isset( $_POST['sw_widgets_report_src'] ) ? wp_unslash( $_POST['sw_widgets_report_src'] ) : '' ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- sanitized by sw_widgets_http_url.
	if ( false === $base || false === $report ) {
		wp_safe_redirect( add_query_arg( 'sw-widgets-saved', 'invalid', $page ) );
		exit;
	}
	$integrity = '';
	if ( '' !== $base ) {
		$response = wp_safe_remote_get( trailingslashit( $base ) . 'manifest.json', array( 'timeout' => 10 ) );
		if ( ! is_wp_error( $response ) && 200 === (int) wp_remote_retrieve_response_code( $response ) ) {
			$integrity = sw_widgets_manifest_integrity( wp_remote_retrieve_body( $response ) );
		}
	}
	update_option( 'sw_widgets_script_base', $base );
	update_option( 'sw_widgets_report_src', $report );
	update_option( 'sw_widgets_script_integrity', $integrity );
	$status = '' === $base ? 'own' : ( '' !== $integrity ? 'integrity' : 'no-integrity' );
	wp_safe_redirect( add_query_arg( 'sw-widgets-saved', $status, $page ) );
	exit;
}
add_action( 'admin_post_sw_widgets_save', 'sw_widgets_save_settings' );
