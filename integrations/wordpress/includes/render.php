<?php
/**
 * The block, the quick-exit block and the shortcode: all three render on the server each time
 * a page is shown, so a saved post holds only the block comment (or the shortcode) and always
 * shows the content of the plugin installed now.
 *
 * @package SaferSeven
 */

defined( 'ABSPATH' ) || exit;

/**
 * One part as its tag, the generated fallback inside it, and enqueues the drop-in.
 *
 * @param mixed  $part          As asked for (checked here).
 * @param mixed  $heading_level As asked for (checked here).
 * @param string $wrapper       Extra attributes, escaped already (the block's wrapper class), or ''.
 * @return string HTML.
 */
function safer_seven_render_part( $part, $heading_level, $wrapper = '' ) {
	$part          = safer_seven_sanitize_part( $part );
	$heading_level = safer_seven_sanitize_heading_level( $heading_level );
	$tags          = safer_seven_part_tags();
	$tag           = $tags[ $part ];

	$attributes = ' heading-level="' . esc_attr( (string) $heading_level ) . '"';
	if ( safer_seven_uses_updates() ) {
		$settings    = safer_seven_settings();
		$attributes .= ' updates="' . esc_url( $settings['updates'], array( 'https' ) ) . '"';
		$attributes .= ' updates-key="' . esc_attr( $settings['updates_key'] ) . '"';
	}
	if ( '' !== $wrapper ) {
		$attributes .= ' ' . $wrapper;
	}

	safer_seven_enqueue_elements();
	return '<' . $tag . $attributes . ">\n" . safer_seven_fallback_html( $part, $heading_level ) . "\n</" . $tag . '>';
}

/**
 * The quick exit (its own file; the default destination, which is the component's own).
 *
 * @param string $wrapper Extra attributes, escaped already, or ''.
 * @return string HTML.
 */
function safer_seven_render_quick_exit( $wrapper = '' ) {
	wp_enqueue_script( 'safer-seven-quick-exit' );
	$attributes = '' !== $wrapper ? ' ' . $wrapper : '';
	return '<safer-seven-quick-exit' . $attributes . ">\n" . safer_seven_generated_html( 'quick-exit.html' ) . "\n</safer-seven-quick-exit>";
}

/**
 * The "Safer Seven" block's render callback.
 *
 * @param array<string, mixed> $attributes The block's attributes (`part`, `headingLevel`).
 * @return string
 */
function safer_seven_render_block( $attributes ) {
	return safer_seven_render_part(
		$attributes['part'] ?? SAFER_SEVEN_DEFAULT_PART,
		$attributes['headingLevel'] ?? SAFER_SEVEN_DEFAULT_HEADING_LEVEL,
		get_block_wrapper_attributes()
	);
}

/**
 * The quick-exit block's render callback.
 *
 * @return string
 */
function safer_seven_render_quick_exit_block() {
	return safer_seven_render_quick_exit( get_block_wrapper_attributes() );
}

/**
 * `[safer_seven part="report-it" heading_level="2"]`. Unknown or hostile values mean the
 * defaults (`report-it`, `2`).
 *
 * @param array<string, string>|string $atts As parsed by WordPress ('' when there are none).
 * @return string
 */
function safer_seven_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'part'          => SAFER_SEVEN_DEFAULT_PART,
			'heading_level' => (string) SAFER_SEVEN_DEFAULT_HEADING_LEVEL,
		),
		$atts,
		'safer_seven'
	);
	return safer_seven_render_part( $atts['part'], $atts['heading_level'] );
}

/** Registers the blocks (from their block.json), their editor script and the shortcode. */
function safer_seven_register_blocks() {
	wp_register_script(
		'safer-seven-editor',
		plugins_url( 'assets/editor.js', SAFER_SEVEN_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
		SAFER_SEVEN_VERSION,
		true
	);
	wp_set_script_translations( 'safer-seven-editor', 'safer-seven' );

	register_block_type( SAFER_SEVEN_DIR . 'blocks/safer-seven', array( 'render_callback' => 'safer_seven_render_block' ) );
	register_block_type( SAFER_SEVEN_DIR . 'blocks/quick-exit', array( 'render_callback' => 'safer_seven_render_quick_exit_block' ) );
	add_shortcode( 'safer_seven', 'safer_seven_shortcode' );
}
add_action( 'init', 'safer_seven_register_blocks' );
