import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

const EMAIL_MESSAGE = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.';

/** The subscribe form of a commitment page; the confirmation mail is the real check of an address. */
export class SubscribeForm {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: EMAIL_MESSAGE })
  @MaxLength(320, { message: EMAIL_MESSAGE })
  @IsEmail({ allow_display_name: false, require_tld: true }, { message: EMAIL_MESSAGE })
  email!: string;
}
