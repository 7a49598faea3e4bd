/**
 * The blocks in the editor, as plain JavaScript over the packages WordPress ships (no build
 * step): `wp.element` is WordPress's React. The preview is the server's own render of the
 * block (ServerSideRender), which the drop-in file enqueued in the editor upgrades to the
 * live component; the block saves nothing but its comment (`save` returns null).
 */
( function ( wp ) {
	'use strict';

	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var SelectControl = wp.components.SelectControl;
	var Disabled = wp.components.Disabled;
	var ServerSideRender = wp.serverSideRender;

	var partOptions = [
		{ value: 'report-it', label: __( 'Report it (who to call)', 'safer-seven' ) },
		{ value: 'warning-signs', label: __( 'Warning signs', 'safer-seven' ) },
		{ value: 'contacts', label: __( 'Where to get help', 'safer-seven' ) },
		{ value: 'briefing', label: __( 'The whole briefing (all seven points)', 'safer-seven' ) },
	];

	var headingLevelOptions = [ 1, 2, 3, 4, 5, 6 ].map( function ( level ) {
		/* translators: %d: a heading level, 1 to 6. */
		return { value: String( level ), label: wp.i18n.sprintf( __( 'Heading %d', 'safer-seven' ), level ) };
	} );

	wp.blocks.registerBlockType( 'safer-seven/safer-seven', {
		edit: function ( props ) {
			var attributes = props.attributes;
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Safer Seven', 'safer-seven' ) },
						el( SelectControl, {
							label: __( 'Part', 'safer-seven' ),
							value: attributes.part,
							options: partOptions,
							onChange: function ( part ) {
								props.setAttributes( { part: part } );
							},
						} ),
						el( SelectControl, {
							label: __( 'Heading level', 'safer-seven' ),
							help: __( 'The level of its top heading, to fit the page around it.', 'safer-seven' ),
							value: String( attributes.headingLevel ),
							options: headingLevelOptions,
							onChange: function ( level ) {
								props.setAttributes( { headingLevel: parseInt( level, 10 ) } );
							},
						} )
					)
				),
				// Disabled: a tel: link in the editor should not start a call.
				el( Disabled, null, el( ServerSideRender, { block: 'safer-seven/safer-seven', attributes: attributes } ) )
			);
		},
		save: function () {
			return null;
		},
	} );

	wp.blocks.registerBlockType( 'safer-seven/quick-exit', {
		edit: function () {
			// The link alone: the quick exit's script is not loaded in the editor, where
			// Shift pressed three times would leave the post being written.
			return el(
				'div',
				useBlockProps(),
				el( Disabled, null, el( ServerSideRender, { block: 'safer-seven/quick-exit' } ) )
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp );
