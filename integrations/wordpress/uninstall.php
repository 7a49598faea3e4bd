<?php
/**
 * Deleting the plugin deletes its one option, on every site of a network.
 *
 * @package SaferSeven
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $safer_seven_site_id ) {
		switch_to_blog( $safer_seven_site_id );
		delete_option( 'safer_seven_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'safer_seven_settings' );
}
