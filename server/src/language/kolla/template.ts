/**
 * The keepalived.conf Kolla-Ansible renders on each host of its loadbalancer group, as a Jinja2
 * template of our own (the built-in model, written from what Kolla's role renders), used when no
 * Kolla-Ansible installation provides the real roles/loadbalancer/templates/keepalived/
 * keepalived.conf.j2. Both are rendered by the one renderer (templates/jinja.ts).
 *
 * `kolla_assume` prints nothing; it records that a condition could not be evaluated and which
 * branch is assumed (the model's notes), at the place the template decides.
 */
export const BUILTIN_KOLLA_TEMPLATE = `{{ keepalived_track_script_enabled | kolla_assume }}{% if keepalived_track_script_enabled | bool %}
vrrp_script check_alive {
    script "/check_alive.sh"
    interval 2
    fall 2
    rise 10
}
{% endif %}

vrrp_instance kolla_internal_vip_{{ keepalived_virtual_router_id }} {
    state BACKUP
    nopreempt
    interface {{ api_interface }}
    virtual_router_id {{ keepalived_virtual_router_id }}
    priority {{ groups['loadbalancer'].index(inventory_hostname) + 1 }}
    advert_int 1
{{ keepalived_traffic_mode | kolla_assume }}{% if keepalived_traffic_mode == 'unicast' %}
    unicast_src_ip {{ api_interface_address }}
{% if groups['loadbalancer'] | length > 1 %}
    unicast_peer {
{% for host in groups['loadbalancer'] %}
{% set ip_addr = 'api' | kolla_address(host) %}
{% if ip_addr != api_interface_address %}
        {{ ip_addr }}
{% endif %}
{% endfor %}
    }
{% endif %}
{% endif %}
{{ haproxy_enable_external_vip | kolla_assume }}{% set external = haproxy_enable_external_vip | bool %}
    virtual_ipaddress {
        {{ kolla_internal_vip_address }} dev {{ api_interface }}
{% if external %}
        {{ kolla_external_vip_address }} dev {{ kolla_external_vip_interface }}
{% endif %}
    }
{% if external %}{{ kolla_external_vip_interface | kolla_assume(api_interface) }}{% endif %}
{% if external and api_interface != kolla_external_vip_interface %}
    track_interface {
        {{ kolla_external_vip_interface }}
    }
{% endif %}
    authentication {
        auth_type PASS
        auth_pass {{ keepalived_password }}
    }
{% if keepalived_track_script_enabled | bool %}
    track_script {
        check_alive
    }
{% endif %}
}
`;

/** Where Kolla-Ansible installs its roles (pip, distribution packages); the template is below. */
export const KOLLA_TEMPLATE_PLACES: readonly string[] = [
  '/usr/local/share/kolla-ansible/ansible/roles/loadbalancer/templates/keepalived/keepalived.conf.j2',
  '/usr/share/kolla-ansible/ansible/roles/loadbalancer/templates/keepalived/keepalived.conf.j2',
];
