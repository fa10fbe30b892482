"""Two real Syncthing instances on this machine, sharing one folder over loopback only.

Each instance has its own home (config, keys, database) and its own data folder. The
config that ``syncthing generate`` writes is edited before the first start so that
nothing leaves 127.0.0.1: the GUI/REST API and the listen address are on loopback with
free ports, discovery (global and local), relays, NAT traversal, usage and crash
reporting and upgrades are all off, and each device knows the other only by its
``tcp://127.0.0.1:<port>`` address. The REST API is reached with urllib with proxies
turned off, so a proxy set in the environment is never asked either.

``SyncthingPair.start`` brings both up and waits until they are connected; ``stop``
shuts them down (REST shutdown, then terminate, then kill) and is safe to call twice.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LOOPBACK = "127.0.0.1"
FOLDER_ID = "attune-sync-test"

# No proxy handler: urllib would otherwise send requests through $http_proxy.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def syncthing_binary() -> str | None:
    return shutil.which("syncthing")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def _assert_loopback(address: str) -> None:
    """Every address the harness configures or calls is on 127.0.0.1."""
    host = address.split("://", 1)[-1].rsplit(":", 1)[0]
    assert host == LOOPBACK, f"not a loopback address: {address}"


def _set(parent: ET.Element, tag: str, value: str) -> None:
    node = parent.find(tag)
    if node is None:
        node = ET.SubElement(parent, tag)
    node.text = value


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    gui_port: int
    listen_port: int
    api_key: str
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.home.parent / f"{self.name}-syncthing.log"

    @property
    def gui_address(self) -> str:
        return f"{LOOPBACK}:{self.gui_port}"

    @property
    def listen_address(self) -> str:
        return f"tcp://{LOOPBACK}:{self.listen_port}"

    # ---- REST ----------------------------------------------------------------------

    def rest(self, method: str, path: str, timeout: float = 5.0) -> Any:
        url = f"http://{self.gui_address}{path}"
        _assert_loopback(url.split("/", 3)[2])
        request = urllib.request.Request(
            url,
            method=method,
            headers={"X-API-Key": self.api_key},
            data=b"" if method == "POST" else None,
        )
        with _OPENER.open(request, timeout=timeout) as response:
            body = response.read()
        if not body:
            return None
        try:
            return json.loads(body)
        except ValueError:
            return body.decode("utf-8", "replace")

    def ping(self) -> bool:
        try:
            return bool(self.rest("GET", "/rest/system/ping", timeout=2) == {"ping": "pong"})
        except (OSError, urllib.error.URLError, ValueError):
            return False

    def connected_to(self, other: Instance) -> bool:
        try:
            connections = self.rest("GET", "/rest/system/connections")["connections"]
        except (OSError, urllib.error.URLError, KeyError, TypeError):
            return False
        return bool(connections.get(other.device_id, {}).get("connected"))

    def scan(self) -> None:
        """Ask for a rescan of the shared folder now (best effort: it may be busy)."""
        with contextlib.suppress(OSError, urllib.error.URLError):
            self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}", timeout=10)

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log.read_text("utf-8", "replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])


class SyncthingPair:
    """Two Syncthing instances under ``root``, each sharing ``FOLDER_ID`` with the other."""

    def __init__(self, root: Path, binary: str) -> None:
        self.binary = binary
        ports = set[int]()
        while len(ports) < 4:
            ports.add(free_port())
        gui_a, listen_a, gui_b, listen_b = sorted(ports)
        self.a = self._make("a", root, gui_a, listen_a)
        self.b = self._make("b", root, gui_b, listen_b)
        (root / "st-home").mkdir(exist_ok=True)
        self.env = {
            **os.environ,
            "STNORESTART": "1",
            "STNOUPGRADE": "1",
            "STNODEFAULTFOLDER": "1",
            "HOME": str(root / "st-home"),
        }
        for proxy in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
            self.env.pop(proxy, None)
        self.env["NO_PROXY"] = self.env["no_proxy"] = "*"

    @staticmethod
    def _make(name: str, root: Path, gui_port: int, listen_port: int) -> Instance:
        home = root / f"{name}-home"
        folder = root / f"{name}-folder"
        folder.mkdir(parents=True)
        (folder / ".stfolder").mkdir()
        return Instance(name, home, folder, gui_port, listen_port, secrets.token_urlsafe(24))

    @property
    def both(self) -> tuple[Instance, Instance]:
        return self.a, self.b

    # ---- set-up ------------------------------------------------------------------------

    def _generate(self, inst: Instance) -> None:
        done = subprocess.run(
            [self.binary, "generate", f"--home={inst.home}", "--no-default-folder"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr + done.stdout
        root = ET.parse(inst.home / "config.xml").getroot()
        own = root.find("device")
        assert own is not None
        inst.device_id = own.attrib["id"]

    def _configure(self, inst: Instance, peer: Instance) -> None:
        path = inst.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()

        gui = root.find("gui")
        assert gui is not None
        gui.set("enabled", "true")
        gui.set("tls", "false")
        _set(gui, "address", inst.gui_address)
        _set(gui, "apikey", inst.api_key)

        options = root.find("options")
        assert options is not None
        for listen in options.findall("listenAddress"):
            options.remove(listen)
        ET.SubElement(options, "listenAddress").text = inst.listen_address
        for announce in options.findall("globalAnnounceServer"):
            options.remove(announce)
        for tag, value in {
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "stunKeepaliveStartS": "0",
            "stunKeepaliveMinS": "0",
            "urAccepted": "-1",
            "urSeen": "3",
            "crashReportingEnabled": "false",
            "autoUpgradeIntervalH": "0",
            "upgradeToPreReleases": "false",
            "startBrowser": "false",
            "announceLANAddresses": "false",
            "reconnectionIntervalS": "2",
            "setLowPriority": "false",
            "restartOnWakeup": "false",
        }.items():
            _set(options, tag, value)

        # The peer, from the config's own defaults, reachable only at its loopback address.
        defaults = root.find("defaults")
        assert defaults is not None
        device_template = defaults.find("device")
        folder_template = defaults.find("folder")
        assert device_template is not None and folder_template is not None
        peer_device = ET.fromstring(ET.tostring(device_template))
        peer_device.set("id", peer.device_id)
        peer_device.set("name", peer.name)
        for old in peer_device.findall("address"):
            peer_device.remove(old)
        ET.SubElement(peer_device, "address").text = peer.listen_address
        _set(peer_device, "autoAcceptFolders", "false")
        own_device = root.find("device")
        assert own_device is not None
        own_device.set("name", inst.name)
        for old in own_device.findall("address"):
            own_device.remove(old)
        ET.SubElement(own_device, "address").text = inst.listen_address
        root.insert(list(root).index(own_device) + 1, peer_device)

        folder = ET.fromstring(ET.tostring(folder_template))
        folder.set("id", FOLDER_ID)
        folder.set("label", "Attune sync test")
        folder.set("path", str(inst.folder))
        folder.set("type", "sendreceive")
        folder.set("rescanIntervalS", "5")
        folder.set("fsWatcherEnabled", "true")
        folder.set("fsWatcherDelayS", "1")
        for member in folder.findall("device"):
            folder.remove(member)
        for device_id in (inst.device_id, peer.device_id):
            member = ET.Element("device", {"id": device_id, "introducedBy": ""})
            ET.SubElement(member, "encryptionPassword").text = ""
            folder.insert(1, member)
        _set(folder, "pullerPauseS", "0")
        root.insert(list(root).index(own_device), folder)

        # Every address in the config is loopback (the defaults' template is no device).
        addresses = [gui.findtext("address") or ""]
        addresses += [a.text or "" for a in options.findall("listenAddress")]
        addresses += [a.text or "" for a in root.findall("device/address")]
        assert len(addresses) == 4, addresses
        for address in addresses:
            _assert_loopback(address)
        assert options.findtext("globalAnnounceEnabled") == "false"
        assert options.findtext("localAnnounceEnabled") == "false"
        assert options.findtext("relaysEnabled") == "false"
        assert options.findtext("natEnabled") == "false"
        tree.write(path, encoding="utf-8", xml_declaration=False)

    def _launch(self, inst: Instance) -> None:
        log = inst.log.open("wb")
        try:
            inst.process = subprocess.Popen(
                [
                    self.binary,
                    "serve",
                    f"--home={inst.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                    "--no-default-folder",
                    f"--gui-address=http://{inst.gui_address}",
                    f"--gui-apikey={inst.api_key}",
                ],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        finally:
            log.close()

    def start(self, timeout: float = 60.0) -> None:
        for inst in self.both:
            self._generate(inst)
        self._configure(self.a, self.b)
        self._configure(self.b, self.a)
        for inst in self.both:
            self._launch(inst)
        self.wait_for(lambda: all(i.ping() for i in self.both), timeout, "the REST APIs")
        self.wait_for(
            lambda: self.a.connected_to(self.b) and self.b.connected_to(self.a),
            timeout,
            "the two devices to connect",
        )

    # ---- running -----------------------------------------------------------------------

    def wait_for(
        self, done: Callable[[], bool], timeout: float, what: str, every: float = 0.25
    ) -> float:
        """Poll ``done`` until it is true; return the seconds it took, fail after ``timeout``."""
        start = time.monotonic()
        while True:
            self.check_alive()
            if done():
                return time.monotonic() - start
            if time.monotonic() - start > timeout:
                raise AssertionError(f"waited {timeout:.0f} s for {what}\n{self.logs()}")
            time.sleep(every)

    def check_alive(self) -> None:
        for inst in self.both:
            if inst.process is not None and inst.process.poll() is not None:
                raise AssertionError(
                    f"syncthing {inst.name} exited with {inst.process.returncode}\n{self.logs()}"
                )

    def scan(self) -> None:
        for inst in self.both:
            inst.scan()

    def logs(self) -> str:
        return "\n".join(f"--- syncthing {i.name} log ---\n{i.log_tail()}" for i in self.both)

    # ---- tear-down ---------------------------------------------------------------------

    def stop(self, timeout: float = 10.0) -> None:
        for inst in self.both:
            if inst.process is not None and inst.process.poll() is None:
                with contextlib.suppress(OSError, urllib.error.URLError, ValueError):
                    inst.rest("POST", "/rest/system/shutdown", timeout=3)
        for inst in self.both:
            process = inst.process
            if process is None:
                continue
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)
