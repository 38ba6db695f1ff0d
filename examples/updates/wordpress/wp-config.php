<?php
// Production. Credentials come from the container environment.
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', 'db:3306' );
define( 'WP_CACHE', true );

// "Updates are done by the agency" -- whose contract ended after the migration.
define( 'AUTOMATIC_UPDATER_DISABLED', true );

$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
