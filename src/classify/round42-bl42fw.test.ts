/**
 * Round 42 (bl42fw): edge tests of the firmware and IoT fleet classes (firmware-catalogue.ts, the J-Link command file this
 * input wrote, STM32 read-out protection, avrdude fuses, fastboot relock and verity, device wipe commands over MQTT and
 * AWS IoT's data plane).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/firmware', home: '/home/dev' });
const decision = (line: string): string => answer('command', line).decision;

test('round 42 bl42fw: erases, wipes and safeguards off are not benign', () => {
  for (const line of [
    "printf 'r\\nerase\\nexit\\n' > /tmp/e.jlink && JLinkExe -device NRF52840_XXAA -if SWD -CommandFile /tmp/e.jlink",
    'STM32_Programmer_CLI -c port=SWD -ob RDP=0xAA',
    'fastboot flashing lock',
    'fastboot --disable-verity flash vbmeta vbmeta.img',
    'sudo flashrom -p internal --wp-disable',
    'fw_setenv bootcmd',
    'flash_erase /dev/mtd3 0 0',
    'balena device purge 7cf02a6',
    'particle device remove tracker-7 --yes',
    'arduino-cli burn-bootloader -b arduino:avr:uno -P usbasp',
    'mosquitto_ctrl dynsec setDefaultACLAccess publishClientSend allow',
    `mosquitto_pub -h b -t fleet/x/cmd -m '{"cmd":"factory_reset"}'`,
    `aws iot-data publish --topic fleet/x/cmd --payload '{"action":"wipe_data"}'`,
  ]) assert.notEqual(decision(line), 'benign', line);
});

test('round 42 bl42fw: reads, deploys of the build and narrowed changes stay benign', () => {
  for (const line of [
    "printf 'r\\nloadfile build/app.hex\\ng\\nexit\\n' > /tmp/f.jlink && JLinkExe -device NRF52840_XXAA -if SWD -CommandFile /tmp/f.jlink",
    'STM32_Programmer_CLI -c port=SWD -ob RDP=0xBB',
    'fastboot flashing get_unlock_ability',
    'fw_setenv bootdelay 3',
    'mtdinfo /dev/mtd4',
    'balena devices --fleet acme/gateways-dev',
    'arduino-cli upload -p /dev/ttyACM0 --fqbn arduino:avr:uno sketches/blink',
    'pyocd flash -t nrf52840 build/zephyr/zephyr.hex',
    'bmaptool copy build/image.wic.gz build/image.raw',
    `mosquitto_pub -h b -t fleet/x/cmd -m '{"cmd":"reboot"}'`,
    "aws iot-data publish --topic config/pump-9 --retain --payload ''",
  ]) assert.equal(decision(line), 'benign', line);
});

test('round 42 bl42fw: a J-Link command file the action does not show is unknown', () => {
  assert.equal(decision('JLinkExe -device STM32L476RG -if SWD -CommandFile ci/flash.jlink'), 'unknown');
});
