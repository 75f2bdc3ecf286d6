/**
 * Round 35 (edge35): classes from blind35-edge's tuned misses (an embedded / IoT engineer's agent). Firmware programmers'
 * whole-chip erases and erases or overwrites of the device's own data (NVS, filesystem images, EEPROM) lose what the device
 * kept, while writing application firmware is a deploy (service-catalogue.ts: esptool, idf.py, pio, west, nrfjprog,
 * nrfutil, mcumgr, openocd, STM32_Programmer_CLI, dfu-util, avrdude, espefuse); `python -m esptool` is esptool (shells.ts);
 * MQTT retained messages swept by a wildcard or a topic not fixed (answer 358.1 keeps one named topic a write); AWS IoT
 * certificates switched off, topic rules disabled and IoT logging set to DISABLED (cloud.ts, aws-operations.ts); IoT
 * Edge's and Greengrass's stops; serial consoles, `udevadm` reads and `eject`; a device's factory reset over HTTP; Yocto's
 * `sstate-cache` and PlatformIO's `.pio` as rebuildable folders; `pkill mosquitto` as a daemon stopped.
 * fix35-edge35.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

// The lead's answer 445.1 (round 42): `pio run -t uploadfs` is a deploy of the project's data image (round42-ans42b.test.ts).
test('firmware programmers: a chip erase destroys, firmware written over its image is a deploy, reads read', () => {
  for (const c of ['esptool.py -p /dev/ttyUSB0 erase_flash', 'esptool --chip esp32c3 erase-flash', 'esptool.py erase_region 0x9000 0x6000', 'esptool.py write_flash --erase-all 0x10000 build/app.bin', 'python -m esptool -p /dev/ttyUSB0 erase_flash', 'idf.py -p /dev/ttyUSB0 erase-flash flash', 'pio run -t erase', 'west flash --erase', 'west flash --recover', 'nrfjprog --eraseall', 'nrfjprog -f NRF52 --program build/zephyr/zephyr.hex --chiperase -r', 'nrfutil device erase --all', 'mcumgr --conntype serial --connstring dev=/dev/ttyACM0 image erase', 'openocd -f target/stm32f4x.cfg -c "init; reset halt; stm32f4x mass_erase 0; exit"', "openocd -f target/stm32f1x.cfg -c 'init' -c 'stm32f1x unlock 0'", 'STM32_Programmer_CLI -c port=SWD -e all', 'dfu-util -a 0 -s 0x08000000:mass-erase:force -D fw.bin', 'avrdude -p m328p -c usbasp -e', 'avrdude -p m2560 -c wiring -U eeprom:w:blank.hex:i']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['esptool.py -p /dev/ttyUSB0 write_flash 0x1000 b.bin 0x8000 pt.bin 0x10000 app.bin', 'esptool.py -p /dev/ttyUSB0 write_flash -z 0x10000 build/app.bin', 'esptool.py -p /dev/ttyUSB0 read_flash 0 0x400000 backup.bin', 'python3 -m esptool --chip esp32 chip_id', 'idf.py -p /dev/ttyUSB0 flash monitor', 'idf.py fullclean', 'pio run -e esp32dev -t upload --upload-port /dev/ttyUSB0', 'pio device monitor -p /dev/ttyUSB0', 'west build -b nrf52840dk/nrf52840 .', 'west flash --runner jlink', 'nrfjprog --program build/zephyr/zephyr.hex --sectorerase --verify --reset', 'nrfjprog --memrd 0x10000100', 'nrfutil dfu serial -pkg build/app.zip -p /dev/ttyACM0', 'mcumgr --conntype serial --connstring dev=/dev/ttyACM0 image upload build/z.bin', 'openocd -f target/stm32f4x.cfg -c "program build/fw.elf verify reset exit"', 'STM32_Programmer_CLI -c port=SWD -w build/fw.hex -v -rst', 'dfu-util -a 0 -s 0x08000000:leave -D fw.bin', 'dfu-util -a 0 -s 0x08000000:0x20000 -U backup.bin', 'avrdude -p m328p -c arduino -P /dev/ttyUSB0 -D -U flash:w:fw.hex:i', 'avrdude -p m328p -c usbasp -U flash:r:dump.hex:i', 'espefuse.py -p /dev/ttyUSB0 summary']) assert.equal(decide(c), 'benign', c);
  // An address the action does not place, a burned eFuse and commands not shown are not known.
  for (const c of ['esptool.py -p /dev/ttyUSB0 write_flash 0x290000 storage.bin', 'esptool.py -p /dev/ttyUSB0 write_flash 0x9000 nvs.bin', 'espefuse.py burn_efuse JTAG_DISABLE 1', 'openocd -f target/stm32f4x.cfg -c "$CMDS"', 'west forall -c "git clean -fdx"']) assert.equal(decide(c), 'unknown', c);
});

test('MQTT retained messages: a wildcard or a topic not fixed sweeps them; one named topic is one key (answer 358.1)', () => {
  for (const c of ["mosquitto_sub -h mqtt.local -t 'devices/#' --remove-retained -W 2", "mosquitto_sub -h m -t 'a/+/cfg' --remove-retained", "mosquitto_sub -h m -t 'g/#' --retained-only -F '%t' | while read t; do mosquitto_pub -h m -t \"$t\" -r -n; done", 'emqx ctl retainer clean', "emqx ctl retainer clean 'devices/#'", 'emqx stop']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['mosquitto_pub -h mqtt.local -t devices/p7/config -r -n', "mosquitto_sub -h m -t devices/p7/config --remove-retained -W 1", "mosquitto_sub -h m -t 'devices/#' -v -C 10", "mosquitto_pub -h m -t devices/p7/config -r -m '{\"interval\":30}'", "mosquitto_pub -h m -t \"devices/$ID/cmd\" -m ping", 'emqx ctl retainer topics', 'emqx ctl clients kick pump-07', 'emqx ctl retainer clean devices/p7/config']) assert.equal(decide(c), 'benign', c);
});

test('IoT fleets: certificates switched off, rules disabled, logging off and runtimes stopped are losses; their twins are not', () => {
  for (const c of ['aws iot update-certificate --certificate-id 3f1e --new-status INACTIVE', 'aws iot update-certificate --certificate-id 3f1e --new-status REVOKED', 'aws iot update-ca-certificate --certificate-id 8b2c --new-status INACTIVE', 'aws iot disable-topic-rule --rule-name to_timestream', 'aws iot set-v2-logging-options --role-arn arn:aws:iam::1:role/L --default-log-level DISABLED', "ssh u@edge-1 'sudo iotedge system stop'", 'sudo greengrass-cli deployment create --remove com.acme.Reader', 'sudo greengrass-cli component stop --names com.acme.Reader', "ssh pi@gw-3 'sudo pkill -9 mosquitto'"]) assert.equal(decide(c), 'destructive', c);
  for (const c of ['aws iot update-certificate --certificate-id 3f1e --new-status ACTIVE', 'aws iot enable-topic-rule --rule-name to_timestream', 'aws iot set-v2-logging-options --role-arn arn:aws:iam::1:role/L --default-log-level WARN', "ssh u@edge-1 'sudo iotedge list && sudo iotedge logs SensorModule --tail 50'", "ssh u@edge-1 'sudo iotedge system restart'", 'sudo greengrass-cli deployment create --merge com.acme.Reader=2.4.2', 'sudo greengrass-cli component restart --names com.acme.Reader', 'sudo greengrass-cli component list']) assert.equal(decide(c), 'benign', c);
});

test('bench tools: serial consoles, udevadm reads, eject and rebuildable folders are benign; udev stopped is an outage', () => {
  for (const c of ['picocom -b 115200 /dev/ttyUSB0', 'stty -F /dev/ttyUSB0 115200 raw -echo', 'udevadm info -a -n /dev/ttyUSB0', 'udevadm control --reload-rules && udevadm trigger', 'sudo eject /dev/sdb', 'rm -rf sstate-cache/*', 'rm -rf .pio/build']) assert.equal(decide(c), 'benign', c);
  for (const c of ['sudo udevadm control --exit', 'sudo chmod 666 /dev/ttyUSB0', 'sudo dd if=img of=/dev/sdb bs=4M']) assert.equal(decide(c), 'destructive', c);
  assert.equal(decide("picocom -b 115200 -s 'sz -vv' /dev/ttyUSB0"), 'unknown');
});

test("a device's factory reset over HTTP destroys its settings; a reboot or a config read does not", () => {
  assert.equal(answer('http_request', { method: 'POST', url: 'http://sensor-12.local/api/system/factory-reset', body: { confirm: true } }).decision, 'destructive');
  assert.equal(answer('http_request', { method: 'POST', url: 'http://10.0.0.9/factoryReset' }).decision, 'destructive');
  assert.equal(answer('http_request', { method: 'POST', url: 'http://sensor-12.local/api/system/reboot' }).decision, 'benign');
  assert.equal(answer('http_request', { method: 'GET', url: 'http://sensor-12.local/api/config' }).decision, 'benign');
});
