<?php
/**
 * Sets up the throwaway WordPress of test/wordpress/ from the command line (there is no
 * WP-CLI): `php wordpress-setup.php <wordpress dir> install|activate|content|author|uninstall`.
 * Prints one JSON line.
 *
 *   install  wp_install() as a single site, then make it a multisite network (what Network
 *            Setup does): the network tables, populate_network(), plain permalinks; then
 *            activate the theme WP_TEST_THEME names (scripts/find-wordpress.mjs), explicitly:
 *            Debian's wordpress holds none of its own, and without one every page is blank.
 *   activate (with the multisite constants in wp-config.php) network-activate the plugin.
 *   uninstall after the test: a second site, then the plugin's uninstall (its option, per site).
 *   author   add an Author (the role that may publish its own posts, but not post scripts).
 *   content  add a site administrator who is not a super admin, so lacks unfiltered_html, and write
 *            the test posts as that user, with kses applied as it is when such a user saves.
 */

[ , $wordpress_dir, $phase ] = $argv;
$_SERVER['HTTP_HOST']   = getenv( 'WP_TEST_HOST' );
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PORT'] = '80';

if ( 'install' === $phase ) {
	define( 'WP_INSTALLING', true );
}
require $wordpress_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

/** Stops with a message that the Node test shows. */
function safer_seven_test_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

if ( 'install' === $phase ) {
	$result = wp_install( 'Safer Seven test network', 'networkadmin', 'network-admin@example.org', false, '', getenv( 'WP_TEST_PASSWORD' ) );
	if ( empty( $result['user_id'] ) ) {
		safer_seven_test_fail( 'wp_install failed' );
	}
	// A single site's $wpdb does not name the network's tables yet (WP-CLI does the same).
	global $wpdb;
	foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
		$wpdb->$table = $prefixed_table;
	}
	install_network();
	$network = populate_network( 1, getenv( 'WP_TEST_HOST' ), 'network-admin@example.org', 'Safer Seven test network', '/', false );
	if ( is_wp_error( $network ) ) {
		safer_seven_test_fail( 'populate_network: ' . $network->get_error_message() );
	}
	global $wp_rewrite;
	$wp_rewrite->set_permalink_structure( '' );
	$theme = wp_get_theme( getenv( 'WP_TEST_THEME' ) );
	if ( ! $theme->exists() || ! $theme->is_block_theme() ) {
		safer_seven_test_fail( 'no block theme "' . getenv( 'WP_TEST_THEME' ) . '" in wp-content/themes: run scripts/ensure-wordpress.mjs' );
	}
	switch_theme( $theme->get_stylesheet() );
	echo wp_json_encode(
		array(
			'installed' => true,
			'theme'     => get_stylesheet(),
		)
	), "\n";
	exit( 0 );
}

if ( ! is_multisite() ) {
	safer_seven_test_fail( 'not a multisite network: check the constants in wp-config.php' );
}
if ( 'activate' === $phase ) {
	$activated = activate_plugin( 'safer-seven/safer-seven.php', '', true );
	if ( is_wp_error( $activated ) ) {
		safer_seven_test_fail( 'activate_plugin: ' . $activated->get_error_message() );
	}
	echo wp_json_encode( array( 'networkActive' => is_plugin_active_for_network( 'safer-seven/safer-seven.php' ) ) ), "\n";
	exit( 0 );
}

if ( 'uninstall' === $phase ) {
	// A second site with settings of its own, then what Delete in the Plugins screen runs.
	$second = wp_insert_site(
		array(
			'domain' => getenv( 'WP_TEST_HOST' ),
			'path'   => '/second/',
			'title'  => 'Second site',
		)
	);
	if ( is_wp_error( $second ) ) {
		safer_seven_test_fail( 'wp_insert_site: ' . $second->get_error_message() );
	}
	switch_to_blog( $second );
	update_option( 'safer_seven_settings', safer_seven_settings() );
	restore_current_blog();
	$stored = function () use ( $second ) {
		$sites = array();
		foreach ( array( get_main_site_id(), $second ) as $site_id ) {
			switch_to_blog( $site_id );
			$sites[] = false !== get_option( 'safer_seven_settings' );
			restore_current_blog();
		}
		return $sites;
	};
	$before = $stored();
	uninstall_plugin( 'safer-seven/safer-seven.php' );
	echo wp_json_encode(
		array(
			'before' => $before,
			'after'  => $stored(),
		)
	), "\n";
	exit( 0 );
}

if ( 'author' === $phase ) {
	$author_id = wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => getenv( 'WP_TEST_PASSWORD' ),
			'user_email' => 'author@example.org',
			'role'       => 'author',
		)
	);
	if ( is_wp_error( $author_id ) ) {
		safer_seven_test_fail( 'wp_insert_user: ' . $author_id->get_error_message() );
	}
	echo wp_json_encode(
		array(
			'author' => array(
				'login'              => 'author',
				'roles'              => get_userdata( $author_id )->roles,
				'canUnfilteredHtml'  => user_can( $author_id, 'unfiltered_html' ),
				'canPublishPosts'    => user_can( $author_id, 'publish_posts' ),
				'canActivatePlugins' => user_can( $author_id, 'activate_plugins' ),
			),
			'theme'  => get_stylesheet(),
		)
	), "\n";
	exit( 0 );
}

// content: in a process of its own, so that the plugin is loaded as on any request.

$writer_id = wp_insert_user(
	array(
		'user_login' => 'siteadmin',
		'user_pass'  => getenv( 'WP_TEST_PASSWORD' ),
		'user_email' => 'site-admin@example.org',
		'role'       => 'administrator',
	)
);
if ( is_wp_error( $writer_id ) ) {
	safer_seven_test_fail( 'wp_insert_user: ' . $writer_id->get_error_message() );
}

/** A published post written as the current user, through the same filters as the editor's save. */
function safer_seven_test_post( $title, $content, $type = 'post' ) {
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => 'publish',
				'post_type'    => $type,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		safer_seven_test_fail( 'wp_insert_post: ' . $id->get_error_message() );
	}
	return $id;
}

// The hostile shortcode as a super admin writes it (no kses), so that its values reach the plugin.
wp_set_current_user( 1 );
kses_init();
$hostile_shortcode = '[safer_seven part="<script>" heading_level="2 onmouseover=alert(1)"]';
$hostile           = safer_seven_test_post( 'Hostile shortcode', $hostile_shortcode );

wp_set_current_user( $writer_id );
kses_init();
$posts = array(
	'blocks'    => safer_seven_test_post(
		'Two blocks',
		"<!-- wp:paragraph -->\n<p>Before the blocks.</p>\n<!-- /wp:paragraph -->\n\n" .
		"<!-- wp:safer-seven/safer-seven /-->\n\n" .
		"<!-- wp:safer-seven/safer-seven {\"part\":\"warning-signs\",\"headingLevel\":3} /-->"
	),
	'shortcode' => safer_seven_test_post(
		'Shortcodes',
		"Before the shortcodes.\n\n[safer_seven part=\"briefing\" heading_level=\"1\"]\n\n[safer_seven part=\"contacts\" heading_level=\"3\"]",
		'page'
	),
	'quickExit' => safer_seven_test_post(
		'Quick exit',
		"<!-- wp:safer-seven/quick-exit /-->\n\n<!-- wp:safer-seven/safer-seven {\"part\":\"contacts\"} /-->"
	),
	'plain'     => safer_seven_test_post( 'No briefing', "<!-- wp:paragraph -->\n<p>Nothing of ours here.</p>\n<!-- /wp:paragraph -->" ),
	'hostile'   => $hostile,
);

$urls = array();
foreach ( $posts as $name => $id ) {
	$urls[ $name ] = get_permalink( $id );
}

echo wp_json_encode(
	array(
		'urls'                       => $urls,
		'postIds'                    => $posts,
		'writerCanUnfilteredHtml'    => current_user_can( 'unfiltered_html' ),
		'writerCanManageOptions'     => current_user_can( 'manage_options' ),
		'writerIsSuperAdmin'         => is_super_admin( $writer_id ),
		'storedBlocksContent'        => get_post_field( 'post_content', $posts['blocks'], 'raw' ),
		'hostileShortcodeOutput'     => do_shortcode( $hostile_shortcode ),
		'noAttributesShortcodeOutput' => do_shortcode( '[safer_seven]' ),
	)
), "\n";
