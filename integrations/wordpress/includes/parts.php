<?php
/**
 * The parts a block or shortcode can show, and the checks on what a post asks for.
 *
 * The part names and the heading levels are the public contract (posts written today must
 * render the same after an update); the words and numbers are not here but in generated/.
 *
 * @package SaferSeven
 */

defined( 'ABSPATH' ) || exit;

/** The part shown when none, or an unknown one, is asked for: who to call, the most urgent point. */
const SAFER_SEVEN_DEFAULT_PART = 'report-it';

/** The top heading's level when none, or an invalid one, is asked for (the tags' own default). */
const SAFER_SEVEN_DEFAULT_HEADING_LEVEL = 2;

/**
 * Each part's tag, in the order the block's picker lists them.
 *
 * @return array<string, string> part => tag.
 */
function safer_seven_part_tags() {
	return array(
		'report-it'     => 'safer-seven-report-it',
		'warning-signs' => 'safer-seven-warning-signs',
		'contacts'      => 'safer-seven-contacts',
		'briefing'      => 'safer-seven-briefing',
	);
}

/**
 * A part as asked for by a post, or the default when it is not one of the parts.
 *
 * @param mixed $part The attribute as written.
 * @return string A key of safer_seven_part_tags().
 */
function safer_seven_sanitize_part( $part ) {
	$part = is_string( $part ) ? strtolower( trim( $part ) ) : '';
	return array_key_exists( $part, safer_seven_part_tags() ) ? $part : SAFER_SEVEN_DEFAULT_PART;
}

/**
 * A heading level, 1 to 6, or the default for anything else ("2 onmouseover=…", "7", "").
 *
 * @param mixed $level The attribute as written: a number or a string of digits.
 * @return int 1 to 6.
 */
function safer_seven_sanitize_heading_level( $level ) {
	if ( is_int( $level ) ) {
		$level = (string) $level;
	}
	if ( is_string( $level ) && 1 === preg_match( '/^[1-6]$/', trim( $level ) ) ) {
		return (int) trim( $level );
	}
	return SAFER_SEVEN_DEFAULT_HEADING_LEVEL;
}

/**
 * The elements an HTML file in generated/ may hold: exactly what the content package's static
 * HTML writes (headings, sections, lists, paragraphs, tel:/mailto:/https: links).
 *
 * @return array<string, array<string, bool>> For wp_kses().
 */
function safer_seven_fallback_allowed_html() {
	$class   = array( 'class' => true );
	$allowed = array(
		'article' => $class,
		'div'     => $class,
		'section' => array( 'data-section' => true ),
		'span'    => $class,
		'p'       => $class,
		'ul'      => array(),
		'ol'      => array(),
		'li'      => array(),
		'br'      => array(),
		'a'       => array(
			'href'   => true,
			'rel'    => true,
			'target' => true,
			'class'  => true,
		),
	);
	foreach ( range( 1, 6 ) as $level ) {
		$allowed[ 'h' . $level ] = array();
	}
	return $allowed;
}

/**
 * Reads one generated fallback file, through wp_kses, so that even an edited file cannot put
 * a script on the page. The content package escaped every text already when it wrote the file.
 *
 * @param string $name File name inside generated/ (built from checked values only).
 * @return string HTML, or '' if the file is missing (a broken build: the tag still renders).
 */
function safer_seven_generated_html( $name ) {
	$path = SAFER_SEVEN_DIR . 'generated/' . $name;
	if ( ! is_readable( $path ) ) {
		return '';
	}
	// A file inside the plugin, not a remote address: WP_Filesystem is for writing.
	$html = file_get_contents( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	return wp_kses( (string) $html, safer_seven_fallback_allowed_html(), array( 'tel', 'mailto', 'https' ) );
}

/**
 * The no-JavaScript fallback of one part at one heading level, as the content package wrote it.
 *
 * @param string $part          A checked part.
 * @param int    $heading_level A checked level.
 * @return string HTML.
 */
function safer_seven_fallback_html( $part, $heading_level ) {
	$tags = safer_seven_part_tags();
	return safer_seven_generated_html( 'fallback/' . $tags[ $part ] . '.h' . $heading_level . '.html' );
}
