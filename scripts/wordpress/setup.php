<?php
/**
 * Installs and configures the local WordPress of scripts/wordpress/site.sh without a browser: wp_install()
 * once, the users (administrator, author, contributor) with application passwords for the REST API, the
 * plugin installed from its zip as an administrator's upload would install it (Plugin_Upgrader), and activated.
 * Writes the state file the end-to-end test reads.
 *
 * Usage: HTTP_HOST=127.0.0.1:8881 php scripts/wordpress/setup.php <plugin.zip> <state.json> <site URL>
 *
 * @package sw-widgets
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
list( , $zip, $state_file, $url ) = $argv;

$_SERVER['HTTP_HOST']   = getenv( 'HTTP_HOST' );
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$users = array(
	'admin'       => 'administrator',
	'author'      => 'author',
	'contributor' => 'contributor',
);

// No mail on this computer.
add_filter( 'pre_wp_mail', '__return_false' );

if ( ! is_blog_installed() ) {
	fwrite( STDERR, "wordpress-site: installing WordPress\n" );
	wp_install( 'sw-widgets test site', 'admin', 'admin@example.com', false, '', 'sw-widgets-admin' );
	update_option( 'permalink_structure', '' );
	update_option( 'default_comment_status', 'closed' );
}


$state = array(
	'url'   => $url,
	'users' => array(),
);
foreach ( $users as $login => $role ) {
	$password = 'sw-widgets-' . $login;
	$user     = get_user_by( 'login', $login );
	$id       = $user ? $user->ID : wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $password,
			'user_email' => $login . '@example.com',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	wp_set_password( $password, $id );
	( new WP_User( $id ) )->set_role( $role );
	// The block editor's welcome guide would cover the page.
	update_user_meta( $id, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ) ) );
	foreach ( WP_Application_Passwords::get_user_application_passwords( $id ) as $item ) {
		WP_Application_Passwords::delete_application_password( $id, $item['uuid'] );
	}
	list( $application_password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'sw-widgets e2e' ) );
	$state['users'][ $role ] = array(
		'id'                  => $id,
		'login'               => $login,
		'password'            => $password,
		'applicationPassword' => $application_password,
	);
}

// The plugin, from its zip, as Plugins → Add New → Upload would install it (replacing an earlier copy).
wp_set_current_user( $state['users']['administrator']['id'] );
deactivate_plugins( 'sw-widgets/sw-widgets.php', true );
$upgrader = new Plugin_Upgrader( new WP_Ajax_Upgrader_Skin() );
$result   = $upgrader->install( $zip, array( 'overwrite_package' => true ) );
if ( true !== $result ) {
	$errors = $upgrader->skin->get_errors();
	fwrite( STDERR, 'wordpress-site: the plugin did not install: ' . ( is_wp_error( $result ) ? $result->get_error_message() : implode( '; ', $errors->get_error_messages() ) ) . "\n" );
	exit( 1 );
}
$activated = activate_plugin( 'sw-widgets/sw-widgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'wordpress-site: the plugin did not activate: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}
$state['plugin'] = get_plugin_data( WP_PLUGIN_DIR . '/sw-widgets/sw-widgets.php', false, false );

file_put_contents( $state_file, wp_json_encode( $state, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );
fwrite( STDERR, "wordpress-site: ready at $url (plugin {$state['plugin']['Version']})\n" );
