<?php
/**
 * WordPress configuration for the shop (mounted into the wordpress container from the
 * wp-config ConfigMap). Credentials and salts come from the environment (Kubernetes
 * Secret wordpress-db / wordpress-salts); nothing secret is kept in this file.
 *
 * @package WordPress
 */

// ** Database settings ** //
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) ?: 'wordpress' );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) ?: 'wordpress' );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) ?: '' );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'mariadb.shop.svc.cluster.local:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts: set in the wordpress-salts Secret.
 * The fallback is WordPress's own placeholder, never a real value.
 */
define( 'AUTH_KEY',         getenv( 'WORDPRESS_AUTH_KEY' ) ?: 'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  getenv( 'WORDPRESS_SECURE_AUTH_KEY' ) ?: 'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    getenv( 'WORDPRESS_LOGGED_IN_KEY' ) ?: 'put your unique phrase here' );
define( 'NONCE_KEY',        getenv( 'WORDPRESS_NONCE_KEY' ) ?: 'put your unique phrase here' );
define( 'AUTH_SALT',        getenv( 'WORDPRESS_AUTH_SALT' ) ?: 'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', getenv( 'WORDPRESS_SECURE_AUTH_SALT' ) ?: 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   getenv( 'WORDPRESS_LOGGED_IN_SALT' ) ?: 'put your unique phrase here' );
define( 'NONCE_SALT',       getenv( 'WORDPRESS_NONCE_SALT' ) ?: 'put your unique phrase here' );
/**#@-*/

$table_prefix = 'wp_';

define( 'WP_HOME', 'https://shop.example.com' );
define( 'WP_SITEURL', 'https://shop.example.com' );

// TLS ends at the ingress; trust its X-Forwarded-Proto so WordPress builds https:// URLs.
if ( isset( $_SERVER['HTTP_X_FORWARDED_PROTO'] ) && 'https' === $_SERVER['HTTP_X_FORWARDED_PROTO'] ) {
	$_SERVER['HTTPS'] = 'on';
}
define( 'FORCE_SSL_ADMIN', true );

// Page cache plugin (WP Super Cache).
define( 'WP_CACHE', true ); // Added by WP-Cache Manager
define( 'WPCACHEHOME', '/var/www/html/wp-content/plugins/wp-super-cache/' );

// Core: background updates for minor (security and maintenance) releases only.
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'DISALLOW_FILE_EDIT', true );

define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', false );
define( 'WP_MEMORY_LIMIT', '256M' );

/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';
