import { localTimeZone } from '../dates';
import type { ProgramId } from '../ids';
import { affirm } from './affirm';
import { afterpay } from './afterpay';
import { alipayHuabei } from './alipay-huabei';
import { alipayPaylater } from './alipay-paylater';
import { douyinMonthly } from './douyin-monthly';
import { jdBaitiao } from './jd-baitiao';
import { jdPaylater } from './jd-paylater';
import { klarna } from './klarna';
import { meituanMonthly } from './meituan-monthly';
import { paypalPayIn4 } from './paypal-pay-in-4';
import { pddPaylater } from './pdd-paylater';
import type { Program } from './schema';
import { sezzle } from './sezzle';
import { shopPayInstallments } from './shop-pay-installments';
import { wechatPayscore } from './wechat-payscore';
import { zip } from './zip';
import { SHOPPER_ZONE } from './zone';

/** Every program we know the rules of. Adding one: its file, and one line here. */
export const PROGRAMS: readonly Program[] = [
  jdPaylater,
  jdBaitiao,
  alipayPaylater,
  alipayHuabei,
  pddPaylater,
  wechatPayscore,
  meituanMonthly,
  douyinMonthly,
  klarna,
  afterpay,
  affirm,
  paypalPayIn4,
  zip,
  sezzle,
  shopPayInstallments,
];

export function programById(id: ProgramId): Program | undefined {
  return PROGRAMS.find((program) => program.id === id);
}

/**
 * The zone a program's due dates are calendar dates in: its own (Asia/Shanghai), or for the
 * Western programs and any program we do not know, the shopper's.
 */
export function dueZone(program: Program | ProgramId, shopperZone: string = localTimeZone()): string {
  const zone = (typeof program === 'string' ? programById(program) : program)?.timeZone;
  return zone === undefined || zone === SHOPPER_ZONE ? shopperZone : zone;
}
