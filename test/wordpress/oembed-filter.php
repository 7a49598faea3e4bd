<?php
// WordPress's own oEmbed filters, run on an oEmbed answer without a database or a web server:
// reads the JSON on stdin, prints what a WordPress post would hold as `{ "html": … }` (false
// when WordPress would refuse it). It loads only the wp-includes files the filters need and
// answers get_option() for the three options they read; the filters themselves are
// WordPress's, unchanged (wp_filter_oembed_iframe_title_attribute, then wp_filter_oembed_result,
// as default-filters.php registers them on 'oembed_dataparse', through WP_oEmbed::data2html).
// WORDPRESS_DIR chooses the installation (default: Debian's /usr/share/wordpress).
define('ABSPATH', rtrim(getenv('WORDPRESS_DIR') ?: '/usr/share/wordpress', '/') . '/');
define('WPINC', 'wp-includes');
error_reporting(E_ALL);
foreach (array('version', 'load', 'compat', 'plugin', 'class-wp-list-util', 'functions', 'formatting', 'kses', 'pluggable', 'link-template', 'class-wp-oembed', 'embed') as $file) {
    require ABSPATH . WPINC . "/$file.php";
}
$options = array('home' => 'https://wordpress.example', 'siteurl' => 'https://wordpress.example', 'blog_charset' => 'UTF-8');
add_filter('pre_option', function ($pre, $name) use ($options) {
    return array_key_exists($name, $options) ? $options[$name] : $pre;
}, 10, 2);
add_filter('oembed_dataparse', 'wp_filter_oembed_iframe_title_attribute', 5, 3);
add_filter('oembed_dataparse', 'wp_filter_oembed_result', 10, 3);

$data = json_decode(file_get_contents('php://stdin'));
$url = $argv[1] ?? 'https://example.org/embed/';
$html = _wp_oembed_get_object()->data2html($data, $url);
echo json_encode(array('html' => $html, 'wordpress' => $GLOBALS['wp_version'] ?? null)), "\n";
