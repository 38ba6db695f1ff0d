<?php exit; ?>{
    "version": "2.7.0",
    "cluster.messagebus.debug": false,
    "dbcache.enabled": false,
    "objectcache.enabled": false,
    "pgcache.enabled": true,
    "pgcache.comment_dates": false,
    "pgcache.debug": false,
    "pgcache.engine": "file_generic",
    "pgcache.file.gc": 3600,
    "pgcache.file.nfs": false,
    "pgcache.file.locking": false,
    "pgcache.lifetime": 3600,
    "pgcache.cache.query": false,
    "pgcache.cache.home": true,
    "pgcache.cache.feed": false,
    "pgcache.cache.nginx_handle_xml": false,
    "pgcache.cache.ssl": true,
    "pgcache.cache.404": false,
    "pgcache.cache.headers": [
        "Last-Modified",
        "Content-Type",
        "X-Pingback",
        "P3P"
    ],
    "pgcache.compatibility": false,
    "pgcache.remove_charset": false,
    "pgcache.accept.uri": [
        "sitemap(_index)?\\.xml(\\.gz)?",
        "[a-z0-9_\\-]+-sitemap([0-9]+)?\\.xml(\\.gz)?"
    ],
    "pgcache.accept.files": [
        "wp-comments-popup.php",
        "wp-links-opml.php",
        "wp-locations.php"
    ],
    "pgcache.accept.qs": [],
    "pgcache.late_init": false,
    "pgcache.late_caching": false,
    "pgcache.purge.front_page": false,
    "pgcache.purge.home": true,
    "pgcache.purge.post": true,
    "pgcache.reject.front_page": false,
    "pgcache.reject.logged": true,
    "pgcache.reject.logged_roles": false,
    "pgcache.reject.roles": [],
    "pgcache.reject.uri": [
        "wp-.*\\.php",
        "index\\.php",
        "^/(soudan|satei|toiawase)/"
    ],
    "pgcache.reject.ua": [],
    "pgcache.reject.cookie": [
        "wptouch_switch_toggle",
        "PHPSESSID"
    ],
    "pgcache.reject.request_head": false,
    "pgcache.prime.enabled": false,
    "browsercache.enabled": true,
    "browsercache.html.compression": true,
    "browsercache.html.cache.control": true,
    "browsercache.html.cache.policy": "cache_public_maxage"
}
