<?php
/**
 * Settings > Safer Seven: the signed content file's address and the public key it must be
 * signed with. Both set: every tag carries them as `updates` and `updates-key`, and the page
 * loads the drop-in file that can check signatures. Neither set: no request is ever made.
 *
 * @package SaferSeven
 */

defined( 'ABSPATH' ) || exit;

/** The one option this plugin stores (uninstall.php deletes it). */
const SAFER_SEVEN_OPTION = 'safer_seven_settings';

/**
 * The stored settings, each a checked string ('' when not set).
 *
 * @return array{updates: string, updates_key: string}
 */
function safer_seven_settings() {
	$stored = get_option( SAFER_SEVEN_OPTION, array() );
	$stored = is_array( $stored ) ? $stored : array();
	return array(
		'updates'     => isset( $stored['updates'] ) && is_string( $stored['updates'] ) ? $stored['updates'] : '',
		'updates_key' => isset( $stored['updates_key'] ) && is_string( $stored['updates_key'] ) ? $stored['updates_key'] : '',
	);
}

/**
 * Whether pages should use signed updates: only with both an address and a key.
 *
 * @return bool
 */
function safer_seven_uses_updates() {
	$settings = safer_seven_settings();
	return '' !== $settings['updates'] && '' !== $settings['updates_key'];
}

/**
 * An address the elements will fetch: `https:` with a host, nothing else (no DNS look-up here:
 * the plugin makes no request of its own).
 *
 * @param string $url As typed.
 * @return bool
 */
function safer_seven_is_updates_url( $url ) {
	if ( strlen( $url ) > 2000 || 1 === preg_match( '/[\s<>"\'`]/', $url ) ) {
		return false;
	}
	$parts = wp_parse_url( $url );
	return is_array( $parts ) && isset( $parts['scheme'], $parts['host'] ) && 'https' === strtolower( $parts['scheme'] ) && '' !== $parts['host'];
}

/**
 * The keys as the tags' `updates-key` takes them: the content key (87 characters of base64url,
 * the raw P-256 point), or two while the partnership rotates it, and the freshness key(s)
 * labelled `fresh:` (docs/trust-model.md); one to four, space-separated.
 *
 * @param string $keys As typed, spaces already collapsed.
 * @return bool
 */
function safer_seven_is_updates_key( $keys ) {
	return 1 === preg_match( '/^(fresh:)?[A-Za-z0-9_-]{87}( (fresh:)?[A-Za-z0-9_-]{87}){0,3}$/', $keys );
}

/**
 * The Settings API's sanitize callback: a field that does not pass keeps its previous value,
 * with a message saying why.
 *
 * @param mixed $input The submitted array.
 * @return array{updates: string, updates_key: string}
 */
function safer_seven_sanitize_settings( $input ) {
	$previous = safer_seven_settings();
	$input    = is_array( $input ) ? $input : array();
	$url      = isset( $input['updates'] ) && is_string( $input['updates'] ) ? trim( $input['updates'] ) : '';
	$keys     = isset( $input['updates_key'] ) && is_string( $input['updates_key'] ) ? trim( (string) preg_replace( '/\s+/', ' ', $input['updates_key'] ) ) : '';
	$output   = array(
		'updates'     => '',
		'updates_key' => '',
	);

	if ( '' !== $url && ! safer_seven_is_updates_url( $url ) ) {
		add_settings_error( SAFER_SEVEN_OPTION, 'safer-seven-updates', __( 'The signed content file must be an https: address. The previous address is kept.', 'safer-seven' ) );
		$url = $previous['updates'];
	}
	if ( '' !== $keys && ! safer_seven_is_updates_key( $keys ) ) {
		add_settings_error( SAFER_SEVEN_OPTION, 'safer-seven-updates-key', __( 'Paste the keys as the partnership publishes them: each is 87 characters (letters, digits, - and _), the freshness key after fresh:, separated by spaces. The previous keys are kept.', 'safer-seven' ) );
		$keys = $previous['updates_key'];
	}
	if ( ( '' === $url ) !== ( '' === $keys ) ) {
		add_settings_error( SAFER_SEVEN_OPTION, 'safer-seven-updates-pair', __( 'Signed updates need both the address and the public key: until both are set, pages use the content built into the plugin.', 'safer-seven' ), 'warning' );
	}
	$output['updates']     = esc_url_raw( $url, array( 'https' ) );
	$output['updates_key'] = $keys;
	return $output;
}

/** Registers the option with its sanitize callback (Settings API: nonce and capability checks in options.php). */
function safer_seven_register_settings() {
	register_setting(
		'safer_seven',
		SAFER_SEVEN_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'safer_seven_sanitize_settings',
			'default'           => array(
				'updates'     => '',
				'updates_key' => '',
			),
		)
	);
	add_settings_section(
		'safer_seven_updates',
		__( 'Signed content updates', 'safer-seven' ),
		'safer_seven_render_updates_section',
		'safer-seven'
	);
	add_settings_field(
		'safer_seven_updates',
		__( 'Signed content file', 'safer-seven' ),
		'safer_seven_render_field',
		'safer-seven',
		'safer_seven_updates',
		array(
			'key'       => 'updates',
			'type'      => 'url',
			'label_for' => 'safer-seven-updates',
			'help'      => __( 'The https: address of the partnership\'s signed content file, for example https://content.example.org/cse.signed.json.', 'safer-seven' ),
		)
	);
	add_settings_field(
		'safer_seven_updates_key',
		__( 'Public key', 'safer-seven' ),
		'safer_seven_render_field',
		'safer-seven',
		'safer_seven_updates',
		array(
			'key'       => 'updates_key',
			'type'      => 'text',
			'label_for' => 'safer-seven-updates-key',
			'help'      => __( 'The partnership\'s keys as it publishes them: the content key (87 characters), then fresh: and the freshness key, separated by a space.', 'safer-seven' ),
		)
	);
}
add_action( 'admin_init', 'safer_seven_register_settings' );

/** The section's introduction. */
function safer_seven_render_updates_section() {
	echo '<p>' . esc_html__( 'Leave both empty to show the content built into this version of the plugin; nothing is then requested from any server. With both set, every Safer Seven block and shortcode loads the signed file in the reader\'s browser and shows it only if its signature verifies with this key and it is newer than the built-in content.', 'safer-seven' ) . '</p>';
	echo '<p>' . esc_html__( 'Allow the file\'s origin in connect-src if your site sends a Content-Security-Policy.', 'safer-seven' ) . '</p>';
}

/**
 * One text field of the option.
 *
 * @param array{key: string, type: string, label_for: string, help: string} $args From add_settings_field.
 */
function safer_seven_render_field( $args ) {
	$settings = safer_seven_settings();
	printf(
		'<input type="%1$s" id="%2$s" name="%3$s[%4$s]" value="%5$s" class="large-text code" spellcheck="false" autocomplete="off" aria-describedby="%2$s-help" /><p class="description" id="%2$s-help">%6$s</p>',
		esc_attr( $args['type'] ),
		esc_attr( $args['label_for'] ),
		esc_attr( SAFER_SEVEN_OPTION ),
		esc_attr( $args['key'] ),
		esc_attr( $settings[ $args['key'] ] ),
		esc_html( $args['help'] )
	);
}

/** Adds Settings > Safer Seven, for those who may manage the site's options. */
function safer_seven_add_settings_page() {
	add_options_page(
		__( 'Safer Seven', 'safer-seven' ),
		__( 'Safer Seven', 'safer-seven' ),
		'manage_options',
		'safer-seven',
		'safer_seven_render_settings_page'
	);
}
add_action( 'admin_menu', 'safer_seven_add_settings_page' );

/** The settings page: options.php checks the nonce and manage_options when it is saved. */
function safer_seven_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	// Settings pages print settings_errors() already (wp-admin/options-head.php).
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'safer_seven' );
	do_settings_sections( 'safer-seven' );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link beside the plugin's Deactivate link.
 *
 * @param array<string> $links The row's links.
 * @return array<string>
 */
function safer_seven_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=safer-seven' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'safer-seven' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( SAFER_SEVEN_FILE ), 'safer_seven_action_links' );
