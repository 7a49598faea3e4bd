<?php
/**
 * Plugin Name:       Safer Seven
 * Plugin URI:        https://dudleysafeguarding.org.uk
 * Description:       Dudley Safeguarding People Partnership's Safer Seven briefing on child sexual exploitation: a block and a shortcode that show the briefing, the warning signs, how to report it and where to get help, with every number a phone link.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       safer-seven
 *
 * Built from the Safer Seven repository (integrations/wordpress/, `npm run build`): the
 * fallback HTML in generated/ and the scripts in assets/ come from the content and elements
 * packages of the same build, so this plugin holds no fact of its own.
 *
 * @package SaferSeven
 */

defined( 'ABSPATH' ) || exit;

define( 'SAFER_SEVEN_VERSION', '{{version}}' );
define( 'SAFER_SEVEN_FILE', __FILE__ );
define( 'SAFER_SEVEN_DIR', plugin_dir_path( __FILE__ ) );

require_once SAFER_SEVEN_DIR . 'includes/parts.php';
require_once SAFER_SEVEN_DIR . 'includes/settings.php';
require_once SAFER_SEVEN_DIR . 'includes/assets.php';
require_once SAFER_SEVEN_DIR . 'includes/render.php';
