<?php
/**
 * One widget's HTML, for the blocks and the shortcode: the element's tag with its attributes checked against
 * the element's own (includes/elements.php, generated from custom-elements.json) and escaped, the site's report
 * address, and the widget's text for readers without JavaScript inside the tag. A bad attribute shows a visible
 * error naming it instead of the widget, as the elements and the embed page do.
 *
 * @package sw-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The elements: kind (stat-card, region-map, story-list) => tag and attributes (name => type, values).
 *
 * @return array
 */
function sw_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$elements = require SW_WIDGETS_DIR . '/includes/elements.php';
	}
	return $elements;
}

/**
 * The bundled report's texts (includes/report-texts.php, generated from data/report.json).
 *
 * @return array
 */
function sw_widgets_report_texts() {
	static $texts = null;
	if ( null === $texts ) {
		$texts = require SW_WIDGETS_DIR . '/includes/report-texts.php';
	}
	return $texts;
}

/**
 * What a widget shows without JavaScript, in its language, when it shows the bundled report: a card's figure as
 * a sentence, the map's figures, the list's first stories (as the builder's snippets word them); a widget of
 * another report, or filtered in a way the table does not hold, says what it is and the report's title.
 *
 * @param string $kind       stat-card, region-map or story-list.
 * @param array  $attributes The checked attributes.
 * @return string Plain text.
 */
function sw_widgets_fallback_text( $kind, array $attributes ) {
	$texts    = sw_widgets_report_texts();
	$language = isset( $attributes['lang'] ) ? sw_widgets_language( $attributes['lang'] ) : '';
	if ( '' === $language ) {
		$language = sw_widgets_language( get_locale() );
	}
	$name = isset( $texts['kinds'][ $language ][ $kind ] ) ? $texts['kinds'][ $language ][ $kind ] : $kind;
	if ( isset( $attributes['src'] ) ) {
		return $name;
	}
	$metric = isset( $attributes['metric'] ) ? $attributes['metric'] : '';
	if ( 'stat-card' === $kind ) {
		if ( '' === $metric ) {
			return $texts['card'][ $language ];
		}
		return isset( $texts['metrics'][ $metric ][ $language ] ) ? $texts['metrics'][ $metric ][ $language ] : $name;
	}
	if ( 'region-map' === $kind ) {
		if ( isset( $attributes['indicator'] ) ) {
			return isset( $texts['indicators'][ $attributes['indicator'] ][ $language ] ) ? $texts['indicators'][ $attributes['indicator'] ][ $language ] : $name;
		}
		if ( '' !== $metric ) {
			return isset( $texts['metrics'][ $metric ][ $language ] ) ? $name . ' · ' . $texts['metrics'][ $metric ][ $language ] : $name;
		}
		return $texts['map'][ $language ];
	}
	if ( 'story-list' === $kind && ! isset( $attributes['region'] ) && ! isset( $attributes['tag'] ) && ! isset( $attributes['for'] ) ) {
		return $texts['list'][ $language ];
	}
	return $name . ' · ' . $texts['title'][ $language ];
}

/**
 * A visible error in place of a widget, naming what is wrong.
 *
 * @param string $message What is wrong.
 * @return string HTML.
 */
function sw_widgets_error_html( $message ) {
	return '<div class="sw-widgets-error" role="alert"><strong>' . esc_html__( 'Cannot show this widget:', 'sw-widgets' ) . '</strong> ' . esc_html( $message ) . '</div>';
}

/**
 * Checks one attribute's value against its type: the value to set ('' for a boolean that is on), null to
 * leave the attribute out, or a WP_Error naming the problem.
 *
 * @param string $name  The attribute.
 * @param mixed  $value Its value (a string from a shortcode, a string, number or boolean from a block).
 * @param array  $spec  Its type and values.
 * @return string|null|WP_Error
 */
function sw_widgets_attribute_value( $name, $value, array $spec ) {
	if ( is_bool( $value ) ) {
		$value = $value ? 'true' : 'false';
	}
	$value = trim( (string) $value );
	switch ( $spec['type'] ) {
		case 'boolean':
			if ( in_array( strtolower( $value ), array( '', 'true', '1', 'yes', 'on' ), true ) ) {
				return '';
			}
			if ( in_array( strtolower( $value ), array( 'false', '0', 'no', 'off' ), true ) ) {
				return null;
			}
			/* translators: 1: an attribute's name, 2: the value given. */
			return new WP_Error( 'sw-widgets', sprintf( __( 'The attribute “%1$s” has an invalid value “%2$s” (one of true, false).', 'sw-widgets' ), $name, $value ) );
		case 'number':
			if ( '' === $value ) {
				return null;
			}
			if ( preg_match( '/^\d{1,9}(\.\d+)?$/', $value ) ) {
				return $value;
			}
			/* translators: 1: an attribute's name, 2: the value given. */
			return new WP_Error( 'sw-widgets', sprintf( __( 'The attribute “%1$s” has an invalid value “%2$s” (a number).', 'sw-widgets' ), $name, $value ) );
		case 'enum':
			if ( '' === $value ) {
				return null;
			}
			if ( in_array( $value, $spec['values'], true ) ) {
				return $value;
			}
			/* translators: 1: an attribute's name, 2: the value given, 3: the values it may take. */
			return new WP_Error( 'sw-widgets', sprintf( __( 'The attribute “%1$s” has an invalid value “%2$s” (one of %3$s).', 'sw-widgets' ), $name, $value, implode( ', ', $spec['values'] ) ) );
		case 'url':
		case 'link':
			if ( '' === $value ) {
				return null;
			}
			// Absolute http(s) addresses, or addresses on this site; a link pattern keeps its {story} placeholder.
			$scheme = wp_parse_url( $value, PHP_URL_SCHEME );
			if ( ( null === $scheme && 0 !== strpos( $value, '//' ) ) || in_array( strtolower( (string) $scheme ), array( 'http', 'https' ), true ) ) {
				return $value;
			}
			/* translators: %s: an attribute's name. */
			return new WP_Error( 'sw-widgets', sprintf( __( 'The attribute “%s” must be an http(s) address.', 'sw-widgets' ), $name ) );
		default:
			return '' === $value ? null : $value;
	}
}

/**
 * One widget's HTML, and its script enqueued (only pages that show a widget load it).
 *
 * @param string $kind       stat-card, region-map or story-list.
 * @param array  $attributes Attribute name => value; numeric keys are boolean attributes written alone
 *                           (`[sw-widget el="stat-card" tools]`).
 * @param string $wrapper    Attributes of a wrapping div (a block's), or '' for none.
 * @return string HTML.
 */
function sw_widgets_render( $kind, array $attributes, $wrapper = '' ) {
	$elements = sw_widgets_elements();
	if ( ! isset( $elements[ $kind ] ) ) {
		/* translators: 1: the value given, 2: the widgets' names. */
		return sw_widgets_error_html( sprintf( __( 'Unknown widget “%1$s” (one of %2$s).', 'sw-widgets' ), $kind, implode( ', ', array_keys( $elements ) ) ) );
	}
	$element = $elements[ $kind ];
	$checked = array();
	foreach ( $attributes as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = strtolower( (string) $value );
			$value = true;
		}
		$name = strtolower( (string) $name );
		if ( 'id' === $name ) {
			// The HTML id a list's `for` names.
			if ( ! preg_match( '/^[A-Za-z][\w-]{0,63}$/', (string) $value ) ) {
				/* translators: %s: the value given. */
				return sw_widgets_error_html( sprintf( __( 'The attribute “id” has an invalid value “%s” (letters, digits, - and _).', 'sw-widgets' ), (string) $value ) );
			}
			$checked['id'] = (string) $value;
			continue;
		}
		if ( ! isset( $element['attributes'][ $name ] ) ) {
			/* translators: 1: an attribute's name, 2: the widget's name. */
			return sw_widgets_error_html( sprintf( __( 'Unknown attribute “%1$s”: %2$s has no such attribute.', 'sw-widgets' ), $name, $kind ) );
		}
		$shown = sw_widgets_attribute_value( $name, $value, $element['attributes'][ $name ] );
		if ( is_wp_error( $shown ) ) {
			return sw_widgets_error_html( $shown->get_error_message() );
		}
		if ( null !== $shown ) {
			$checked[ $name ] = $shown;
		}
	}
	if ( ! isset( $checked['src'] ) && '' !== sw_widgets_report_src() ) {
		$checked['src'] = sw_widgets_report_src();
	}

	$html = '<' . $element['tag'];
	foreach ( $checked as $name => $value ) {
		$type  = 'id' === $name ? 'string' : $element['attributes'][ $name ]['type'];
		$html .= ' ' . $name;
		if ( 'boolean' !== $type ) {
			$html .= '="' . ( 'url' === $type ? esc_url( $value ) : esc_attr( $value ) ) . '"';
		}
	}
	$html .= '>' . esc_html( sw_widgets_fallback_text( $kind, $checked ) ) . '</' . $element['tag'] . '>';

	wp_enqueue_script( 'sw-widgets' );
	return '' !== $wrapper ? '<div ' . $wrapper . '>' . $html . '</div>' : $html;
}
