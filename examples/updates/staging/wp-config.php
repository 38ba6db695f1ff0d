<?php
// Staging: "always the newest", major versions included, installed unattended.
define( 'DB_NAME', 'staging' );
define( 'WP_AUTO_UPDATE_CORE', true );
require_once ABSPATH . 'wp-settings.php';
