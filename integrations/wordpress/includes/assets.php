<?php
/**
 * The drop-in files, registered once and enqueued only by a block or shortcode that renders,
 * so a page without one carries no script of ours and a page with ten carries each file once.
 *
 * @package SaferSeven
 */

defined( 'ABSPATH' ) || exit;

/**
 * Handle => file in assets/, each the drop-in file of the same build as the generated HTML.
 *
 * @return array<string, string>
 */
function safer_seven_script_files() {
	return array(
		'safer-seven'            => 'safer-seven.min.js',
		'safer-seven-updates'    => 'safer-seven-updates.min.js',
		'safer-seven-quick-exit' => 'safer-seven-quick-exit.min.js',
	);
}

/** Registers the drop-in files (in the footer, deferred below) with the plugin's version. */
function safer_seven_register_scripts() {
	foreach ( safer_seven_script_files() as $handle => $file ) {
		wp_register_script( $handle, plugins_url( 'assets/' . $file, SAFER_SEVEN_FILE ), array(), SAFER_SEVEN_VERSION, true );
	}
}
add_action( 'init', 'safer_seven_register_scripts' );

/** Enqueues the file that defines the briefing's tags: with the update loader when the settings ask for it. */
function safer_seven_enqueue_elements() {
	wp_enqueue_script( safer_seven_uses_updates() ? 'safer-seven-updates' : 'safer-seven' );
}

/**
 * Adds `defer` to our own script tags (WordPress 6.1 has no loading strategy; 6.3 added it).
 * The drop-in files are classic scripts, so the tag needs no `type`.
 *
 * @param string $tag    The `<script>` element.
 * @param string $handle Its handle.
 * @return string
 */
function safer_seven_defer_script( $tag, $handle ) {
	if ( ! array_key_exists( $handle, safer_seven_script_files() ) || str_contains( $tag, ' defer' ) ) {
		return $tag;
	}
	return (string) preg_replace( '/<script(?=[^>]*\ssrc=)/', '<script defer', $tag, 1 );
}
add_filter( 'script_loader_tag', 'safer_seven_defer_script', 10, 2 );

/**
 * The block editor: the editor script, and the drop-in so that the preview (the server's HTML,
 * fetched by ServerSideRender) upgrades to the live component. WordPress 6.1's post editor is
 * not in an iframe, so a script enqueued here reaches the preview. The quick exit's file is
 * not loaded in the editor: pressing Shift three times while writing would leave the editor.
 */
function safer_seven_enqueue_editor_assets() {
	safer_seven_enqueue_elements();
}
add_action( 'enqueue_block_editor_assets', 'safer_seven_enqueue_editor_assets' );
