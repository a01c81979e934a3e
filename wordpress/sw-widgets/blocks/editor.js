/**
 * The blocks in the editor (plain JavaScript, no build step): the preview is the element itself, from the
 * element script (the `SwWidgets` global), and the sidebar offers each attribute of the block (block.json,
 * generated from custom-elements.json): figures, indicators, divisions and tags chosen from the report, fixed
 * values from a list, switches for booleans. The block saves only its attributes; the server renders it.
 */
( function ( wp, SwWidgets, settings ) {
	'use strict';

	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var useState = wp.element.useState;
	var useEffect = wp.element.useEffect;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var ToggleControl = wp.components.ToggleControl;
	var TextControl = wp.components.TextControl;
	var Notice = wp.components.Notice;

	var KINDS = [ 'stat-card', 'region-map', 'story-list' ];
	var language = settings.language || 'zh-Hans';

	/** The report the choices come from: the site's report address, or the report bundled in the script. */
	var reportPromise = null;
	function loadReport() {
		if ( ! reportPromise ) {
			reportPromise = settings.reportSrc
				? window.fetch( settings.reportSrc ).then( function ( response ) {
						if ( ! response.ok ) {
							throw new Error( 'HTTP ' + response.status );
						}
						return response.json();
				  } )
				: SwWidgets.loadBundledReport();
		}
		return reportPromise;
	}

	function useReport() {
		var state = useState( { report: null, error: null } );
		useEffect( function () {
			var live = true;
			loadReport().then(
				function ( report ) {
					if ( live ) state[ 1 ]( { report: report, error: null } );
				},
				function ( error ) {
					if ( live ) state[ 1 ]( { report: null, error: String( error && error.message ? error.message : error ) } );
				}
			);
			return function () {
				live = false;
			};
		}, [] );
		return state[ 0 ];
	}

	/** Each attribute's label in the sidebar. */
	function label( kind, name ) {
		var labels = {
			metric: kind === 'region-map' ? __( 'Color by', 'sw-widgets' ) : __( 'Figure', 'sw-widgets' ),
			indicator: __( 'Figures by division (colors)', 'sw-widgets' ),
			scale: __( 'Classes', 'sw-widgets' ),
			steps: __( 'Number of classes', 'sw-widgets' ),
			year: __( 'Year', 'sw-widgets' ),
			layout: __( 'Map style', 'sw-widgets' ),
			selected: __( 'Division selected at first', 'sw-widgets' ),
			region: __( 'Division', 'sw-widgets' ),
			tag: __( 'Tag', 'sw-widgets' ),
			limit: __( 'Stories shown at a time', 'sw-widgets' ),
			sort: __( 'Order', 'sw-widgets' ),
			variant: __( 'Layout', 'sw-widgets' ),
			align: __( 'Alignment', 'sw-widgets' ),
			'story-link': __( 'Show the story the figure comes from', 'sw-widgets' ),
			'story-href': __( 'Link the story to (an address with {story})', 'sw-widgets' ),
			compare: __( 'Change compared with', 'sw-widgets' ),
			change: __( 'Change shown', 'sw-widgets' ),
			sparkline: __( 'Sparkline', 'sw-widgets' ),
			'no-count-up': __( 'No count-up animation', 'sw-widgets' ),
			lang: __( 'Language', 'sw-widgets' ),
			theme: __( 'Theme', 'sw-widgets' ),
			tools: __( 'Show “Download image / Get the data” buttons', 'sw-widgets' ),
			src: __( 'Report address (JSON)', 'sw-widgets' ),
			'geo-src': __( 'Geometry address (TopoJSON)', 'sw-widgets' ),
			timeout: __( 'Time allowed for the report (ms)', 'sw-widgets' ),
		};
		return labels[ name ] || name;
	}

	/** A fixed value's label. */
	function valueLabel( value ) {
		var labels = {
			full: __( 'Full', 'sw-widgets' ),
			compact: __( 'Compact', 'sw-widgets' ),
			start: __( 'Start', 'sw-widgets' ),
			center: __( 'Centre', 'sw-widgets' ),
			grid: __( 'Tile map (every division the same size)', 'sw-widgets' ),
			geo: __( 'Geographic map', 'sw-widgets' ),
			quantile: __( 'Quantiles (as many divisions in each)', 'sw-widgets' ),
			quantize: __( 'Equal intervals', 'sw-widgets' ),
			threshold: __( 'Breaks given by the data', 'sw-widgets' ),
			date: __( 'Newest first', 'sw-widgets' ),
			title: __( 'By title', 'sw-widgets' ),
			light: __( 'Light', 'sw-widgets' ),
			dark: __( 'Dark', 'sw-widgets' ),
			auto: __( 'Follow the reader’s system', 'sw-widgets' ),
			previous: __( 'The previous value', 'sw-widgets' ),
			first: __( 'The first value', 'sw-widgets' ),
			absolute: __( 'In the figure’s unit', 'sw-widgets' ),
			percent: __( 'As a percentage', 'sw-widgets' ),
			on: __( 'Shown', 'sw-widgets' ),
			off: __( 'Hidden', 'sw-widgets' ),
		};
		return labels[ value ] || value;
	}

	/** Attributes shown under "More options". */
	var MORE = [ 'src', 'geo-src', 'story-href', 'timeout', 'no-count-up', 'compare', 'change', 'sparkline', 'year', 'steps', 'scale' ];

	/** The choices a report gives for an attribute, or null when the attribute is not chosen from the report. */
	function reportChoices( kind, name, report, attributes ) {
		var localize = SwWidgets.localize;
		var divisions = function () {
			return SwWidgets.DIVISIONS.map( function ( division ) {
				return { value: division.code, label: SwWidgets.divisionName( division, language ) };
			} );
		};
		if ( name === 'lang' ) {
			return [
				{ value: '', label: __( 'Same as the page', 'sw-widgets' ) },
				{ value: 'zh-Hans', label: '简体中文' },
				{ value: 'zh-Hant', label: '繁體中文' },
				{ value: 'en', label: 'English' },
			];
		}
		if ( ! report ) return null;
		if ( name === 'metric' ) {
			return [ { value: '', label: kind === 'region-map' ? __( 'Stories per division', 'sw-widgets' ) : __( 'The report’s headline figure', 'sw-widgets' ) } ].concat(
				report.metrics.map( function ( metric ) {
					var place = SwWidgets.findPlace( report, metric.place );
					return {
						value: metric.id,
						label: localize( place && place.name, language ) + ' · ' + localize( metric.label, language ) + ' (' + SwWidgets.formatQuantity( metric, language ).text + ')',
					};
				} )
			);
		}
		if ( name === 'indicator' ) {
			return [ { value: '', label: __( 'None', 'sw-widgets' ) } ].concat(
				( report.indicators || [] ).map( function ( indicator ) {
					return { value: indicator.id, label: localize( indicator.label, language ) };
				} )
			);
		}
		if ( name === 'year' ) {
			var chosen = ( report.indicators || [] ).filter( function ( indicator ) {
				return indicator.id === attributes.indicator;
			} )[ 0 ];
			var years = {};
			( chosen ? chosen.values : [] ).forEach( function ( value ) {
				years[ ( value.date || chosen.asOf.start ).slice( 0, 4 ) ] = true;
			} );
			return [ { value: '', label: __( 'Latest', 'sw-widgets' ) } ].concat(
				Object.keys( years )
					.sort()
					.reverse()
					.map( function ( year ) {
						return { value: year, label: year };
					} )
			);
		}
		if ( name === 'selected' ) return [ { value: '', label: __( 'None', 'sw-widgets' ) } ].concat( divisions() );
		if ( name === 'region' ) return [ { value: '', label: __( 'All divisions', 'sw-widgets' ) } ].concat( divisions() );
		if ( name === 'tag' ) {
			return [ { value: '', label: __( 'All tags', 'sw-widgets' ) } ].concat(
				( report.tags || [] ).map( function ( tag ) {
					return { value: tag.id, label: localize( tag.label, language ) };
				} )
			);
		}
		return null;
	}

	/** The sidebar control of one attribute. */
	function control( kind, name, schema, props, report ) {
		var value = props.attributes[ name ];
		var set = function ( next ) {
			var change = {};
			change[ name ] = next === '' ? undefined : next;
			props.setAttributes( change );
		};
		var common = { key: name, label: label( kind, name ), __nextHasNoMarginBottom: true };
		if ( schema.type === 'boolean' ) {
			return el( ToggleControl, Object.assign( common, { checked: Boolean( value ), onChange: set } ) );
		}
		var choices = reportChoices( kind, name, report, props.attributes );
		if ( ! choices && schema.enum ) {
			choices = [ { value: '', label: __( 'Default', 'sw-widgets' ) } ].concat(
				schema.enum.map( function ( item ) {
					return { value: item, label: valueLabel( item ) };
				} )
			);
		}
		if ( choices ) {
			return el( SelectControl, Object.assign( common, { value: value === undefined ? '' : String( value ), options: choices, onChange: set } ) );
		}
		if ( schema.type === 'number' ) {
			return el(
				TextControl,
				Object.assign( common, {
					type: 'number',
					min: 1,
					value: value === undefined ? '' : String( value ),
					onChange: function ( text ) {
						set( text === '' ? '' : Number( text ) );
					},
				} )
			);
		}
		return el( TextControl, Object.assign( common, { type: name === 'story-href' ? 'text' : 'url', value: value || '', onChange: set } ) );
	}

	/** The element's attributes for the preview: as the server writes them. */
	function elementAttributes( attributes ) {
		var out = {};
		Object.keys( attributes ).forEach( function ( name ) {
			var value = attributes[ name ];
			if ( name === 'className' || name === 'lock' || value === undefined || value === null || value === false || value === '' ) return;
			out[ name ] = value === true ? '' : String( value );
		} );
		if ( ! out.src && settings.reportSrc ) out.src = settings.reportSrc;
		return out;
	}

	KINDS.forEach( function ( kind ) {
		var name = 'sw-widgets/' + kind;
		wp.blocks.registerBlockType( name, {
			edit: function ( props ) {
				var state = useReport();
				var type = wp.blocks.getBlockType( name );
				var names = Object.keys( type.attributes ).filter( function ( attribute ) {
					// WordPress adds these two to every block.
					return attribute !== 'className' && attribute !== 'lock';
				} );
				var controls = function ( more ) {
					return names
						.filter( function ( attribute ) {
							return MORE.indexOf( attribute ) >= 0 === more;
						} )
						.map( function ( attribute ) {
							return control( kind, attribute, type.attributes[ attribute ], props, state.report );
						} );
				};
				return el(
					Fragment,
					null,
					el(
						InspectorControls,
						null,
						el(
							PanelBody,
							{ title: __( 'Widget settings', 'sw-widgets' ) },
							state.error ? el( Notice, { status: 'error', isDismissible: false }, __( 'Cannot load the report:', 'sw-widgets' ) + ' ' + state.error ) : null,
							controls( false )
						),
						el( PanelBody, { title: __( 'More options', 'sw-widgets' ), initialOpen: false }, controls( true ) )
					),
					el( 'div', useBlockProps(), el( 'sw-' + kind, elementAttributes( props.attributes ) ) )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.SwWidgets, window.swWidgetsEditor || {} );
